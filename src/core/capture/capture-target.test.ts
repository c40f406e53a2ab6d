import { describe, expect, it } from "vitest";
import { CaptureTargetError, isPrivateAddress, parseCaptureUrl } from "./capture-target.js";

describe("capture targets", () => {
  it("accepts http and https and drops the fragment", () => {
    expect(parseCaptureUrl(" https://example.org/a?b=1#c ").toString()).toBe(
      "https://example.org/a?b=1",
    );
    expect(parseCaptureUrl("http://127.0.0.1:8080/x").port).toBe("8080");
  });

  it("refuses other schemes, non-URLs and URLs with passwords, naming the problem", () => {
    for (const [raw, code] of [
      ["file:///etc/passwd", "scheme"],
      ["ftp://example.org/", "scheme"],
      ["javascript:alert(1)", "scheme"],
      ["not a url", "invalid_url"],
      ["http://user:pw@example.org/", "invalid_url"],
    ] as const) {
      const error = (() => {
        try {
          parseCaptureUrl(raw);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error, raw).toBeInstanceOf(CaptureTargetError);
      expect((error as CaptureTargetError).code, raw).toBe(code);
    }
  });

  it("knows loopback, private, link-local, mapped and reserved addresses from public ones", () => {
    const privates = [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "::1",
      "::",
      "fd00::1",
      "fe80::1%eth0",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a00:1",
      "nonsense",
    ];
    const publics = [
      "93.184.216.34",
      "172.32.0.1",
      "8.8.8.8",
      "2a00:1450:4001::200e",
      "::ffff:8.8.8.8",
    ];
    for (const a of privates) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of publics) expect(isPrivateAddress(a), a).toBe(false);
  });
});
