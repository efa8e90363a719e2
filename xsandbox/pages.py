"""Plain, accessible HTML pages of the sandbox. Every piece of stored text goes through `esc`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape

from .store import Account, Mention, Retweet, Tweet

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 1rem auto; padding: 0 1rem;
       line-height: 1.5; color: #111; }
article { border-bottom: 1px solid #ccc; padding: .75rem 0; }
.meta { color: #444; font-size: .9rem; }
.deleted { color: #767676; }
.tweet-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
label { display: block; margin-top: .5rem; font-weight: 600; }
input, select, textarea { font: inherit; width: 100%; box-sizing: border-box; }
button { font: inherit; margin-top: .75rem; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; }
.message { border: 2px solid #333; padding: .5rem; }
"""


def esc(value) -> str:
    return escape(str(value), quote=True)


def iso_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _time(epoch: float) -> str:
    shown = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f'<time datetime="{iso_time(epoch)}">{shown}</time>'


def _document(title: str, body: str) -> str:
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        '<nav aria-label="Sandbox"><a href="/">Timeline</a> · '
        '<a href="/_sandbox/admin">Faults and mentions</a></nav>\n'
        f"<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _status_link(username: str, tweet_id: str) -> str:
    return f"/{esc(username)}/status/{esc(tweet_id)}"


def _tweet_article(tweet: Tweet, author: Account | None) -> str:
    username = author.username if author else tweet.author_id
    name = author.name if author else username
    reply = (
        f'<p class="meta">Replying to post {esc(tweet.in_reply_to_tweet_id)}</p>'
        if tweet.in_reply_to_tweet_id
        else ""
    )
    deleted = '<p class="deleted">This post was deleted.</p>' if tweet.deleted else ""
    return (
        "<article>\n"
        f'<p class="meta"><strong>{esc(name)}</strong> @{esc(username)} · '
        f'<a href="{_status_link(username, tweet.id)}">{_time(tweet.created_at)}</a></p>\n'
        f"{reply}"
        f'<p class="tweet-text">{esc(tweet.text)}</p>\n{deleted}'
        "</article>"
    )


def _retweet_article(retweet: Retweet, user: Account | None, original: Tweet | None) -> str:
    username = user.username if user else retweet.user_id
    if original is None:
        what = f"post {esc(retweet.tweet_id)} (not in the sandbox)"
    else:
        what = f'<a href="/i/status/{esc(original.id)}">post {esc(original.id)}</a>'
    return (
        "<article>\n"
        f'<p class="meta">@{esc(username)} reposted {what} · {_time(retweet.created_at)}</p>\n'
        "</article>"
    )


def timeline_page(
    tweets: list[Tweet],
    retweets: list[Retweet],
    accounts: dict[str, Account],
    tweets_by_id: dict[str, Tweet],
) -> str:
    """All accounts' live tweets and retweets, newest first."""
    entries = [(t.created_at, _tweet_article(t, accounts.get(t.author_id))) for t in tweets]
    entries += [
        (
            r.created_at,
            _retweet_article(r, accounts.get(r.user_id), tweets_by_id.get(r.tweet_id)),
        )
        for r in retweets
    ]
    entries.sort(key=lambda entry: entry[0], reverse=True)
    listing = "\n".join(html for _, html in entries) or "<p>No posts yet.</p>"
    return _document("X sandbox timeline", f"<h1>Sandbox timeline</h1>\n{listing}")


def status_page(tweet: Tweet, author: Account | None) -> str:
    """One tweet, at the x.com-shaped URL /<username>/status/<id>."""
    username = author.username if author else tweet.author_id
    return _document(
        f"@{username} on the X sandbox",
        f"<h1>Post by @{esc(username)}</h1>\n{_tweet_article(tweet, author)}",
    )


def mention_status_page(mention: Mention) -> str:
    """A mention (a tweet by someone outside the sandbox) on its own page."""
    return _document(
        f"@{mention.author_username} on the X sandbox",
        f"<h1>Post by @{esc(mention.author_username)}</h1>\n<article>\n"
        f'<p class="meta"><strong>{esc(mention.author_name)}</strong> '
        f"@{esc(mention.author_username)} · {_time(mention.created_at)}</p>\n"
        f'<p class="tweet-text">{esc(mention.text)}</p>\n</article>',
    )


def not_found_page() -> str:
    return _document(
        "Page not found", "<h1>This page doesn’t exist</h1>\n<p>Or the post was deleted.</p>"
    )


def _field(name: str, label: str, value="", kind: str = "text", hint: str = "") -> str:
    hint_html = f' <span class="meta">{esc(hint)}</span>' if hint else ""
    step = ' step="any"' if kind == "number" else ""
    return (
        f'<label for="{name}">{esc(label)}{hint_html}</label>\n'
        f'<input id="{name}" name="{name}" type="{kind}" value="{esc(value)}"{step}>\n'
    )


def admin_page(
    faults: dict, accounts: list[Account], mentions: list[Mention], message: str = ""
) -> str:
    """The control page: set or clear faults, add a mention, reset the sandbox."""
    message_html = f'<p class="message" role="status">{esc(message)}</p>\n' if message else ""
    options = "".join(
        f'<option value="{esc(a.username)}">@{esc(a.username)}</option>' for a in accounts
    )
    mention_items = "".join(
        f'<li><a href="{_status_link(m.author_username, m.id)}">@{esc(m.author_username)}</a>: '
        f"{esc(m.text)}</li>"
        for m in mentions[:20]
    )
    account_items = "".join(
        f"<li>@{esc(a.username)} ({esc(a.name)}), id {esc(a.id)}</li>" for a in accounts
    )
    seed = faults.get("seed")
    statuses = ",".join(map(str, faults.get("error_statuses", [500, 503])))
    fault_fields = "".join(
        [
            _field("error_rate", "Error rate", faults.get("error_rate", 0), "number", "0 to 1"),
            _field("error_statuses", "Error statuses", statuses, hint="comma separated, 5xx"),
            _field(
                "drop_after_store_rate",
                "Drop connection after storing a post",
                faults.get("drop_after_store_rate", 0),
                "number",
                "0 to 1",
            ),
            _field("slow_rate", "Slow answer rate", faults.get("slow_rate", 0), "number", "0 to 1"),
            _field(
                "slow_seconds",
                "Slow answer delay (seconds)",
                faults.get("slow_seconds", 10),
                "number",
            ),
            _field(
                "rate_limit_remaining",
                "Forced rate limit: requests left",
                "",
                "number",
                "empty for none; the current one is shown above",
            ),
            _field("rate_limit_reset_in", "Forced rate limit: resets in (seconds)", "", "number"),
            _field(
                "per_user_24h_limit",
                "Posts per user per 24 hours",
                faults.get("per_user_24h_limit") or "",
                "number",
                "empty for the default",
            ),
            _field(
                "seed", "Random seed", "" if seed is None else seed, "number", "empty: unseeded"
            ),
        ]
    )
    body = f"""<h1>Sandbox control</h1>
{message_html}<section aria-labelledby="faults-heading">
<h2 id="faults-heading">Faults</h2>
<p>Current settings:</p>
<pre>{esc(json.dumps(faults, indent=2))}</pre>
<form method="post" action="/_sandbox/admin/faults">
{fault_fields}
<button type="submit">Apply faults</button>
</form>
<form method="post" action="/_sandbox/admin/faults/clear">
<button type="submit">Clear all faults</button>
</form>
</section>
<section aria-labelledby="mention-heading">
<h2 id="mention-heading">Add a mention</h2>
<form method="post" action="/_sandbox/admin/mentions">
<label for="to">Mentioned account</label>
<select id="to" name="to" required>{options}</select>
{_field("author_username", "Author username")}
{_field("author_name", "Author display name")}
{_field("author_description", "Author bio")}
<label for="text">Text</label>
<textarea id="text" name="text" rows="3" required></textarea>
{_field("in_reply_to_tweet_id", "In reply to post id", hint="optional")}
<button type="submit">Add mention</button>
</form>
<h3>Latest mentions</h3>
<ul>{mention_items or "<li>None yet.</li>"}</ul>
</section>
<section aria-labelledby="accounts-heading">
<h2 id="accounts-heading">Accounts</h2>
<ul>{account_items or "<li>None registered.</li>"}</ul>
<form method="post" action="/_sandbox/admin/reset">
<button type="submit">Reset posts, mentions and faults (keeps accounts)</button>
</form>
</section>"""
    return _document("X sandbox control", body)
