//! RSS and Atom feeds (with `feed-rs`): one article an item.
//!
//! An item's link is its id and url, its content (or else its summary) with the HTML removed is
//! its text, and the feed's title is its source. A feed is small, so it is read whole, up to
//! the item limit.

use std::path::Path;

use feed_rs::model::{Entry, Feed};
use feed_rs::parser;
use marsad_model::Article;

use crate::html::{fragment_text, host_of};
use crate::problem::{Problem, ProblemKind};
use crate::Item;

/// The articles of one feed, given whole as `bytes`; `stem` names items without a link.
pub(crate) fn read_feed(
    path: &Path,
    stem: &str,
    bytes: &[u8],
    article_limit: u64,
    default_published: Option<&str>,
) -> Vec<Item> {
    // An item without a link or guid gets no invented id (the default is random): it is named
    // by its place in the feed instead, which stays the same from one run to the next.
    let feed = match parser::Builder::new().id_generator(|_, _, _| String::new()).build().parse(bytes) {
        Ok(feed) => feed,
        Err(error) => {
            let reason = error.to_string();
            return vec![Err(Problem::skipped(path, None, ProblemKind::NotAFeed { reason }))];
        }
    };
    let source = feed_source(&feed);
    let items: Vec<Item> = feed
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let fallback_id = format!("{stem}:{}", index + 1);
            entry_article(entry, fallback_id, source.as_deref(), default_published)
                .and_then(|article| within_limit(article, article_limit))
                .map_err(|kind| Problem::skipped(path, None, kind))
        })
        .collect();
    if items.is_empty() {
        let detail = "the feed has no items".into();
        return vec![Err(Problem::skipped(path, None, ProblemKind::NoContent { detail }))];
    }
    items
}

/// The feed's title, or the host of its link.
fn feed_source(feed: &Feed) -> Option<String> {
    let title = feed.title.as_ref().map(|title| fragment_text(&title.content)).filter(|t| !t.is_empty());
    title.or_else(|| feed.links.first().and_then(|link| host_of(&link.href)))
}

fn entry_article(
    entry: &Entry,
    fallback_id: String,
    source: Option<&str>,
    default_published: Option<&str>,
) -> Result<Article, ProblemKind> {
    let body = entry
        .content
        .as_ref()
        .and_then(|content| content.body.as_deref())
        .or(entry.summary.as_ref().map(|summary| summary.content.as_str()));
    let text = body.map(fragment_text).unwrap_or_default();
    let title = entry.title.as_ref().map(|title| fragment_text(&title.content)).filter(|t| !t.is_empty());
    let id_for_message = title.clone().unwrap_or_else(|| fallback_id.clone());
    if text.is_empty() {
        let detail = format!("item {id_for_message:?} has no content or summary");
        return Err(ProblemKind::NoContent { detail });
    }
    let url = entry.links.iter().find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"));
    let url = url.map(|link| link.href.clone());
    let id = url.clone().or_else(|| (!entry.id.is_empty()).then(|| entry.id.clone())).unwrap_or(fallback_id);
    let published = entry.published.or(entry.updated).map(|date| date.format("%Y-%m-%d").to_string());
    Ok(Article {
        id,
        source: source.map(str::to_string),
        url,
        title,
        published: published.or_else(|| default_published.map(str::to_string)),
        text,
    })
}

fn within_limit(article: Article, limit: u64) -> Result<Article, ProblemKind> {
    if article.text.len() as u64 > limit {
        return Err(ProblemKind::ArticleTooLarge { limit });
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء التجريبية</title><link>https://agency.test/</link>
<item><title>اجتماع لبحث وقف إطلاق النار</title><link>https://agency.test/a/1</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate>
<description><![CDATA[<p>عقد الوسطاء اجتماعاً في العاصمة.</p><p>وقال مسؤول إن المحادثات <b>إيجابية</b>.</p>]]></description></item>
<item><title>بلا نص</title></item>
<item><description>خبر قصير دون رابط</description></item>
</channel></rss>"#;

    #[test]
    fn items_become_articles() {
        let items = read_feed(Path::new("f.rss"), "f", RSS.as_bytes(), 1 << 20, Some("2018-05-01"));
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.id, "https://agency.test/a/1");
        assert_eq!(first.source.as_deref(), Some("وكالة الأنباء التجريبية"));
        assert_eq!(first.published.as_deref(), Some("2019-03-05"));
        assert_eq!(first.text, "عقد الوسطاء اجتماعاً في العاصمة.\nوقال مسؤول إن المحادثات إيجابية.");
        let problem = items[1].as_ref().unwrap_err().to_string();
        assert_eq!(
            problem,
            "f.rss: skipped: no article text found (item \"بلا نص\" has no content or summary)"
        );
        let third = items[2].as_ref().unwrap();
        assert_eq!((third.id.as_str(), third.published.as_deref()), ("f:3", Some("2018-05-01")));
    }

    #[test]
    fn not_a_feed_is_one_message() {
        let items = read_feed(Path::new("x.xml"), "x", b"<rss><channel>", 1 << 20, None);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("x.xml: skipped: not a readable RSS or Atom feed"));
    }
}
