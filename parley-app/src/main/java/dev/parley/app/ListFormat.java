package dev.parley.app;

/** How the store's query commands print: a table for people, JSON lines or CSV for programs. */
enum ListFormat { table, jsonl, csv }
