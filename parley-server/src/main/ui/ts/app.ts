// Loads every view and starts the router.
import { start } from "./main.js";

start();
