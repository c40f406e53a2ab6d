import { describe, expect, it } from "vitest";
import { pageMediaUrls } from "./page-media.js";

describe("the media a page shows", () => {
  it("takes images (the largest srcset candidate), video with poster and sources, audio; resolves against <base>; skips data: and repeats", () => {
    const html = `<html><head><base href="https://example.org/news/"></head><body>
      <img src="a.jpg"><img src="a.jpg#again">
      <img srcset="b-400.jpg 400w, b-1600.jpg 1600w, b-800.jpg 800w" src="b-400.jpg">
      <picture><source srcset="/c.webp 1x, /c@2x.webp 2x"><img src="/c.jpg"></picture>
      <video poster="poster.png"><source src="clip.webm"><source src="clip.mp4"></video>
      <audio src="https://cdn.example.net/tone.mp3"></audio>
      <img src="data:image/png;base64,AAAA"><img src="ftp://example.org/x.png"></body></html>`;
    expect(pageMediaUrls(html, "https://example.org/page")).toEqual([
      "https://example.org/news/a.jpg",
      "https://example.org/news/b-1600.jpg",
      "https://example.org/c@2x.webp",
      "https://example.org/c.jpg",
      "https://example.org/news/poster.png",
      "https://example.org/news/clip.webm",
      "https://example.org/news/clip.mp4",
      "https://cdn.example.net/tone.mp3",
    ]);
  });
});
