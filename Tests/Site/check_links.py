#!/usr/bin/env python3
"""Every internal link and anchor of a built site resolves.

Usage: check_links.py OUTPUT_DIR

Looks at every *.html file under OUTPUT_DIR: each href/src (and srcset,
poster, <form action>) that is not external (http:, https:, mailto:, tel:,
data:, javascript:) must name a file that exists, relative to the page (a
folder means its index.html; a leading "/" means the output root), and a
"#fragment" must match an id (or <a name>) in the target page. Prints one
line per broken link and a summary; exits 1 when anything is broken.
"""
import html.parser
import os
import sys
import urllib.parse

EXTERNAL = ("http:", "https:", "mailto:", "tel:", "data:", "javascript:", "blob:")
LINK_ATTRIBUTES = {"href", "src", "poster", "action", "data"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, column, value)

    def handle_starttag(self, tag, attrs):
        line, column = self.getpos()
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if tag == "base":
                continue
            if name in LINK_ATTRIBUTES:
                # <link rel=preconnect|dns-prefetch> and canonical/alternate
                # links are addresses, not files; still checked when relative.
                self.links.append((line, column + 1, value))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append((line, column + 1, url))

    handle_startendtag = handle_starttag


def parse(path, cache):
    if path not in cache:
        page = Page()
        with open(path, encoding="utf-8", errors="replace") as f:
            page.feed(f.read())
        page.close()
        cache[path] = page
    return cache[path]


def resolve(root, page_path, url):
    """The file a link names, or None when it points outside the site."""
    path = urllib.parse.unquote(url)
    if path.startswith("/"):
        target = os.path.join(root, path.lstrip("/"))
    else:
        target = os.path.join(os.path.dirname(page_path), path)
    target = os.path.normpath(target)
    if path == "" or path.endswith("/") or os.path.isdir(target):
        target = os.path.join(target, "index.html")
    return target


def check(root):
    root = os.path.abspath(root)
    cache = {}
    problems = []
    pages = 0
    links = 0
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            page_path = os.path.join(folder, name)
            pages += 1
            page = parse(page_path, cache)
            for line, column, value in page.links:
                value = value.strip()
                if not value or value.lower().startswith(EXTERNAL) or value.startswith("//"):
                    continue
                links += 1
                url, _, fragment = value.partition("#")
                url = url.split("?", 1)[0]
                where = f"{os.path.relpath(page_path, root)}:{line}:{column}"
                if url == "":
                    target = page_path
                else:
                    target = resolve(root, page_path, url)
                    if not (target == root or target.startswith(root + os.sep)):
                        problems.append(f"{where}: '{value}' points outside the site")
                        continue
                    if not os.path.isfile(target):
                        problems.append(f"{where}: '{value}' -> {os.path.relpath(target, root)} does not exist")
                        continue
                if fragment and target.endswith(".html"):
                    fragment = urllib.parse.unquote(fragment)
                    if fragment not in parse(target, cache).ids and fragment != "top":
                        problems.append(f"{where}: '{value}': no id '{fragment}' in {os.path.relpath(target, root)}")
    return pages, links, problems


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print("usage: check_links.py OUTPUT_DIR", file=sys.stderr)
        return 2
    pages, links, problems = check(argv[1])
    for problem in problems:
        print(problem)
    if pages == 0:
        print("no HTML pages found")
        return 1
    print(f"{pages} pages, {links} internal links, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
