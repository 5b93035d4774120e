// Progressive enhancement of /search/: replaces the "needs JavaScript" text with Pagefind UI
// and runs the query that the header's GET form put in ?q=. Loaded after pagefind-ui.js (both defer).
(() => {
  const root = document.querySelector("[data-search-ui]");
  if (!root || typeof window.PagefindUI !== "function") return;
  root.replaceChildren();
  const ui = new window.PagefindUI({ element: "#search", showSubResults: false, showImages: false });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
