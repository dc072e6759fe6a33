// Loads every view and starts the router.
import { articlesView, articleView, claimsView, claimView, eventView, searchView, storiesView, storyView } from "./corpus.js";
import { register, start } from "./main.js";
import { negotiationsView } from "./negotiations.js";
import { networkView } from "./network.js";
import { timelineView } from "./timeline.js";

register("", timelineView);
register("network", networkView);
register("articles", articlesView);
register("article", (p, id) => articleView(p, id));
register("event", eventView);
register("claims", claimsView);
register("claim", claimView);
register("stories", storiesView);
register("story", storyView);
register("search", searchView);
register("negotiations", negotiationsView);
start();
