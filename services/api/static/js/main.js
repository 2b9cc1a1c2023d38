// Entry point: each page route renders the same shell; body[data-page] says which view to draw.
import { initKeyControls } from "./api.js";
import { errorBox, replace } from "./dom.js";
import * as article from "./pages/article.js";
import * as entities from "./pages/entities.js";
import * as stories from "./pages/stories.js";
import * as submit from "./pages/submit.js";
import * as system from "./pages/system.js";

const VIEWS = {
  submit: submit.render,
  article: article.render,
  stories: stories.renderList,
  story: stories.renderStory,
  entities: entities.renderList,
  entity: entities.renderEntity,
  system: system.render,
};

function markNav(page) {
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav.split(" ").includes(page)) link.setAttribute("aria-current", "page");
  }
}

async function start() {
  const { page, id } = document.body.dataset;
  const main = document.getElementById("main");
  initKeyControls();
  markNav(page);
  try {
    await VIEWS[page](main, id);
  } catch (error) {
    replace(main, errorBox(error, "this page"));
  } finally {
    // Tests (and curious people) can tell when the first render is over.
    document.body.dataset.ready = "true";
  }
}

start();
