//! One HTML page to one [`Article`]: the main content found by readability (`dom_smoothie`),
//! and what the page says about itself in its `<head>`.
//!
//! The text is the main content as plain text, one paragraph a line. The page's own metadata
//! comes first (canonical link, Open Graph, JSON-LD, `<time datetime>`); what the page came with
//! (a WARC record's URI and date) fills what the page leaves out.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use marsad_model::Article;

use crate::charset::decode_html;
use crate::date::normalise_date;
use crate::problem::{ProblemKind, Repair};

/// What is known of a page besides its bytes.
#[derive(Debug, Default)]
pub(crate) struct PageContext<'a> {
    pub id: String,
    /// Where the page was fetched from (a WARC record's target URI).
    pub fetched_url: Option<&'a str>,
    /// When it was fetched (WARC-Date), for a page that states no date of its own.
    pub fetched_date: Option<&'a str>,
    /// The `charset` the server declared.
    pub http_charset: Option<&'a str>,
    pub default_published: Option<&'a str>,
}

/// The article of one page, with the repair its decoding needed.
pub(crate) fn read_page(
    bytes: &[u8],
    context: &PageContext<'_>,
) -> Result<(Article, Vec<Repair>), ProblemKind> {
    let (html, repair) = decode_html(bytes, context.http_charset);
    let document = Document::from(html.as_str());
    let head = HeadFacts::read(&document);
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let mut readability = Readability::with_document(document, None, Some(config))
        .map_err(|error| ProblemKind::NoContent { detail: error.to_string() })?;
    let extracted =
        readability.parse().map_err(|error| ProblemKind::NoContent { detail: error.to_string() })?;
    let text = paragraphs_as_lines(&extracted.text_content);
    if text.is_empty() {
        return Err(ProblemKind::NoContent { detail: "the main content is empty".into() });
    }
    let url = head.url.clone().or_else(|| context.fetched_url.map(str::to_string));
    let source = non_empty(extracted.site_name.clone())
        .or_else(|| head.site_name.clone())
        .or_else(|| url.as_deref().and_then(host_of));
    let published = [extracted.published_time.as_deref(), head.published.as_deref(), context.fetched_date]
        .into_iter()
        .flatten()
        .find_map(normalise_date)
        .or_else(|| context.default_published.map(str::to_string));
    let article = Article {
        id: context.id.clone(),
        source,
        url,
        title: non_empty(Some(extracted.title.trim().to_string())),
        published,
        text,
    };
    Ok((article, repair.into_iter().collect()))
}

/// Facts from the page's markup that readability does not give back.
#[derive(Debug, Default)]
struct HeadFacts {
    url: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
}

impl HeadFacts {
    fn read(document: &Document) -> Self {
        let first = |selector: &str, attribute: &str| {
            non_empty(document.select(selector).attr(attribute).map(|value| value.trim().to_string()))
        };
        HeadFacts {
            url: first("link[rel=canonical]", "href")
                .or_else(|| first("meta[property='og:url']", "content"))
                .filter(|url| url.starts_with("http")),
            site_name: first("meta[property='og:site_name']", "content"),
            published: first("meta[itemprop=datePublished]", "content")
                .or_else(|| first("meta[name=pubdate]", "content"))
                .or_else(|| first("meta[name=date]", "content"))
                .or_else(|| first("time[datetime]", "datetime")),
        }
    }
}

/// Plain text with one paragraph a line: lines trimmed, blank lines dropped.
pub(crate) fn paragraphs_as_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    lines.join("\n")
}

/// An HTML fragment (a feed item's content) as plain text, one paragraph a line.
pub(crate) fn fragment_text(html: &str) -> String {
    paragraphs_as_lines(&Document::fragment(html).formatted_text())
}

/// The host of an absolute URL, without `www.`, as the name of an outlet without a site name.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    non_empty(Some(host.to_ascii_lowercase()))
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>قصف على البلدة | شبكة الأخبار</title>
<link rel="canonical" href="https://www.example-news.test/world/1234">
<meta property="og:title" content="قصف على البلدة">
<meta property="article:published_time" content="2019-03-04T08:30:00+03:00">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>قصف على البلدة</h1>
<p>قالت مصادر محلية إن قصفاً مدفعياً استهدف أطراف البلدة صباح اليوم، ما أدى إلى أضرار في عدد من المنازل.</p>
<p>وأضافت المصادر أن فرق الدفاع المدني وصلت إلى المكان بعد نحو ساعة، وعملت على إخماد الحرائق ونقل المصابين.</p>
<p>ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن، فيما دعا وجهاء البلدة إلى التهدئة وحماية المدنيين.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"#;

    #[test]
    fn a_page_gives_its_main_text_and_metadata() {
        let context = PageContext { id: "p1".into(), ..PageContext::default() };
        let (article, repairs) = read_page(PAGE.as_bytes(), &context).unwrap();
        assert!(repairs.is_empty());
        assert_eq!(article.id, "p1");
        assert_eq!(article.title.as_deref(), Some("قصف على البلدة"));
        assert_eq!(article.published.as_deref(), Some("2019-03-04"));
        assert_eq!(article.url.as_deref(), Some("https://www.example-news.test/world/1234"));
        assert_eq!(article.source.as_deref(), Some("example-news.test"));
        let lines: Vec<&str> = article.text.lines().collect();
        assert!(lines.iter().any(|l| l.starts_with("قالت مصادر محلية")), "{}", article.text);
        assert!(lines.iter().any(|l| l.starts_with("ولم تعلن أي جهة")), "{}", article.text);
        assert!(!article.text.contains("الرئيسية"), "{}", article.text);
        assert!(!article.text.contains("جميع الحقوق"), "{}", article.text);
    }

    #[test]
    fn hosts_are_read_from_urls() {
        assert_eq!(host_of("https://www.Example.test:8080/a?b").as_deref(), Some("example.test"));
        assert_eq!(host_of("http://user@news.test").as_deref(), Some("news.test"));
        assert_eq!(host_of("/relative"), None);
    }

    #[test]
    fn fragments_become_lines() {
        assert_eq!(fragment_text("<p>سطر أول</p><p>سطر <b>ثان</b></p>"), "سطر أول\nسطر ثان");
    }
}
