"""The yardstick of the corpus case: what SimplifyJobs' own Python script does to render their
Summer 2025 README, written the way such scripts are (json.load, a sort, one f-string per row,
the table spliced between their TABLE_START and TABLE_END comments), so the benchmark can time
it on the same machine as the CLI. It is not their script: it follows the format's facts that
examples/simplify-summer2025/jobs-readme.yml configures, and `--check` counts the rows it writes
that equal the README's own.

    python3 bench/simplify-reference.py LISTINGS README [--check]
"""

import json
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

SHORT_APPLY_BUTTON = "https://i.imgur.com/w6lyvuC.png"
SQUARE_SIMPLIFY_BUTTON = "https://i.imgur.com/aVnQdox.png"
LONG_APPLY_BUTTON = "https://i.imgur.com/u1KNU8z.png"
PACIFIC = ZoneInfo("America/Los_Angeles")
SINCE = 1710797957  # Summer 2025 roles posted after 18 March 2024
MONTH_ONLY_BEFORE = datetime(2023, 7, 18, tzinfo=PACIFIC)


def locations(listing):
    joined = "</br>".join(listing["locations"])
    if len(listing["locations"]) <= 3:
        return joined
    return f"<details><summary>**{len(listing['locations'])} locations**</summary>{joined}</details>"


def sponsorship(listing):
    if listing["sponsorship"] == "Does Not Offer Sponsorship":
        return " 🛂"
    if listing["sponsorship"] == "U.S. Citizenship is Required":
        return " 🇺🇸"
    return ""


def application(listing):
    if not listing["active"]:
        return "🔒"
    link = listing["url"] + ("&" if "?" in listing["url"] else "?") + "utm_source=Simplify&ref=Simplify"
    if listing["source"] != "Simplify":
        return f'<a href="{link}"><img src="{LONG_APPLY_BUTTON}" width="118" alt="Apply"></a>'
    simplify = f"https://simplify.jobs/p/{listing['id']}?utm_source=GHList"
    return (
        f'<a href="{link}"><img src="{SHORT_APPLY_BUTTON}" width="84" alt="Apply"></a> '
        f'<a href="{simplify}"><img src="{SQUARE_SIMPLIFY_BUTTON}" width="30" alt="Simplify"></a>'
    )


def posted(listing):
    day = datetime.fromtimestamp(listing["date_posted"], timezone.utc).astimezone(PACIFIC)
    return day.strftime("%b %Y") if day < MONTH_ONLY_BEFORE else day.strftime("%b %d")


def table(listings):
    rows = [
        "| Company | Role | Location | Application/Link | Date Posted |",
        "| ------- | ---- | -------- | ---------------- | ----------- |",
    ]
    previous = None
    for listing in listings:
        date = posted(listing)
        name = listing["company_name"]
        if previous == (name, date):
            company = "↳"
        elif listing["company_url"]:
            company = f"**[{name}]({listing['company_url']})**"
        else:
            company = name
        previous = (name, date)
        title = listing["title"] + sponsorship(listing)
        rows.append(f"| {company} | {title} | {locations(listing)} | {application(listing)} | {date} |")
    return rows


def selected(listings):
    company_urls = {}
    for listing in listings:
        if listing["company_url"] or listing["company_name"] not in company_urls:
            company_urls[listing["company_name"]] = listing["company_url"]
    shown = [
        listing
        for listing in listings
        if listing["is_visible"]
        and "Summer 2025" in listing["terms"]
        and listing["date_posted"] > SINCE
    ]
    for listing in shown:
        listing["company_url"] = company_urls[listing["company_name"]]
    # Stable sorts, last key first.
    shown.sort(key=lambda listing: listing["date_updated"], reverse=True)
    shown.sort(key=lambda listing: listing["company_name"].lower(), reverse=True)
    shown.sort(
        key=lambda listing: datetime.fromtimestamp(listing["date_posted"], PACIFIC).date(),
        reverse=True,
    )
    shown.sort(key=lambda listing: listing["active"], reverse=True)
    return shown


def main():
    listings_path, readme_path = sys.argv[1], sys.argv[2]
    with open(listings_path, encoding="utf-8") as file:
        listings = json.load(file)
    rows = table(selected(listings))
    with open(readme_path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    start = next(i for i, line in enumerate(lines) if "TABLE_START" in line)
    end = next(i for i, line in enumerate(lines) if "TABLE_END" in line)
    if "--check" in sys.argv:
        theirs = [line for line in lines[start + 1 : end] if line.startswith("|")]
        same = sum(1 for mine, their in zip(rows, theirs) if mine == their)
        print(f"{same} of {len(theirs)} table lines equal the README's ({len(rows)} written)")
        return
    lines[start + 1 : end] = ["", *rows, ""]
    with open(readme_path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines))


if __name__ == "__main__":
    main()
