import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { loadSession } from "./api/auth.js";
import { prefetchFirstView } from "./api/first-view.js";
import { App } from "./app.js";
import "./styles.css";

prefetchFirstView(window.location.pathname);
void loadSession();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
