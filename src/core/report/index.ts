export * from "./brief.js";
export * from "./brief-words.js";
export { escapeHtml, type HtmlMode, renderBriefHtml } from "./render-html.js";
export { renderBriefMarkdown } from "./render-markdown.js";
