"""The dataset card as a page of the site: the card's Markdown rendered to HTML."""

from __future__ import annotations

import html

from markdown_it import MarkdownIt


def card_html(markdown: str, title: str) -> str:
    """The card (``README.md`` of a published folder) as a standalone HTML page; its YAML
    header (the Hugging Face configs) is left out, raw HTML in the Markdown is escaped."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            markdown = markdown[end + 5 :]
    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}: dataset card</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="style.css">
</head>
<body class="card">
<nav class="top"><a href="index.html">← back to the data</a></nav>
<main>
{body}
</main>
</body>
</html>
"""
