//! `read_inputs` on the web and archive formats: HTML pages, TREC `<DOC>` files, RSS and Atom
//! feeds, WARC archives, each also gzipped; and the limits that keep one bad file (a huge
//! page, a decompression bomb, a WARC record whose length lies) from stopping the run.
//! Fixtures are small fictional texts written here; big inputs are made at run time.

mod common;

use common::{articles, gzip, Fixture};
use encoding_rs::WINDOWS_1256;
use marsad_ingest::{read_inputs, Deboilerplate, Problem, ProblemKind, ReadOptions, Severity};
use marsad_model::Article;

const PARAGRAPHS: [&str; 3] = [
    "قالت مصادر محلية إن اشتباكات اندلعت مساء أمس على أطراف البلدة بين مجموعتين مسلحتين.",
    "وأضافت المصادر أن الاشتباكات استمرت نحو ساعتين قبل أن يتدخل وجهاء المنطقة لوقفها.",
    "ولم تسجل إصابات بين المدنيين بحسب ما أفاد به مسعفون في المستشفى الميداني القريب.",
];

fn page(head: &str) -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html lang=\"ar\"><head>{head}<title>اشتباكات في البلدة</title></head><body>\
         <nav><a href=\"/\">الرئيسية</a><a href=\"/news\">أخبار</a></nav>\
         <article><h1>اشتباكات في البلدة</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
}

#[test]
fn an_html_page_gives_its_main_text_and_metadata() {
    let fixture = Fixture::new();
    let head = r#"<meta charset="utf-8"><meta property="og:site_name" content="صحيفة المثال">
        <meta property="og:url" content="https://example-paper.test/news/77">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2020-06-07T09:00:00Z"}</script>"#;
    fixture.write("clash.html", page(head));
    let article = &articles(fixture.read(&["clash.html"]))[0];
    assert_eq!(article.id, "clash");
    assert_eq!(article.source.as_deref(), Some("صحيفة المثال"));
    assert_eq!(article.url.as_deref(), Some("https://example-paper.test/news/77"));
    assert_eq!(article.published.as_deref(), Some("2020-06-07"));
    assert_eq!(article.title.as_deref(), Some("اشتباكات في البلدة"));
    for paragraph in PARAGRAPHS {
        assert!(article.text.lines().any(|line| line == paragraph), "{}", article.text);
    }
    assert!(!article.text.contains("الرئيسية") && !article.text.contains("محفوظة"), "{}", article.text);
}

#[test]
fn a_gzipped_windows_1256_page_without_metadata_gets_a_note_and_the_default_date() {
    let fixture = Fixture::new();
    let html = WINDOWS_1256.encode(&page("")).0.into_owned();
    fixture.write("old.htm.gz", gzip(&html));
    let items = fixture.read(&["old.htm.gz"]);
    let note = items[0].as_ref().unwrap_err();
    assert_eq!(note.severity, Severity::Recovered);
    assert!(note.to_string().ends_with("note: not valid UTF-8; decoded as windows-1256"), "{note}");
    let article = items[1].as_ref().unwrap();
    assert_eq!(article.published.as_deref(), Some("2018-05-01"));
    assert!(article.text.contains(PARAGRAPHS[1]));
}

const TREC: &str = "<DOC>\n<DOCNO> NEWS-0001 </DOCNO>\n<DATE>20190304</DATE>\n<SOURCE>وكالة المثال</SOURCE>\n\
<HEADLINE>\nغارة على مستودع\n</HEADLINE>\n<TEXT>\n<P>\nاستهدفت غارة جوية مستودعاً\nللذخيرة قرب المطار.\n</P>\n<P>\nوقال شهود إن النيران اشتعلت لساعات.\n</P>\n</TEXT>\n</DOC>\n\
<DOC>\n<DOCNO>NEWS-0002</DOCNO>\n<HEADLINE>بلا نص</HEADLINE>\n</DOC>\n\
<DOC>\n<TEXT>\nنص دون رقم\n</TEXT>\n</DOC>\n";

#[test]
fn trec_documents_stream_with_their_fields_and_lines() {
    let fixture = Fixture::new();
    fixture.write("wire.sgml.gz", gzip(TREC.as_bytes()));
    // A file of another name is read as TREC when it starts with `<DOC>`.
    fixture.write("wire.dat", TREC);
    let summary = fixture.summary(&["wire.sgml.gz", "wire.dat"]);
    assert_eq!(
        summary,
        [
            "article NEWS-0001",
            "wire.sgml.gz:18: skipped: no article text found (no `<TEXT>` in the document)",
            "article wire:3",
            "article NEWS-0001",
            "wire.dat:18: skipped: no article text found (no `<TEXT>` in the document)",
            "article wire:3",
        ]
    );
    let first = &articles(fixture.read(&["wire.sgml.gz"]))[0];
    assert_eq!(first.title.as_deref(), Some("غارة على مستودع"));
    assert_eq!(first.published.as_deref(), Some("2019-03-04"));
    assert_eq!(first.source.as_deref(), Some("وكالة المثال"));
    assert_eq!(
        first.text,
        "استهدفت غارة جوية مستودعاً للذخيرة قرب المطار.\nوقال شهود إن النيران اشتعلت لساعات."
    );
}

#[test]
fn rss_and_atom_items_become_articles() {
    let fixture = Fixture::new();
    fixture.write(
        "agency.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة المثال</title>
<item><title>هدنة في المدينة</title><link>https://agency.test/1</link><pubDate>Wed, 06 Mar 2019 08:00:00 +0000</pubDate>
<description>&lt;p&gt;أعلنت الأطراف هدنة لمدة ثلاثة أيام.&lt;/p&gt;</description></item></channel></rss>"#,
    );
    fixture.write(
        "site.atom",
        r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع المثال</title>
<id>urn:x</id><updated>2019-03-07T00:00:00Z</updated>
<entry><title>تبادل أسرى</title><id>urn:x:2</id><updated>2019-03-07T10:00:00Z</updated>
<content type="html">&lt;p&gt;جرت عملية تبادل للأسرى.&lt;/p&gt;&lt;p&gt;شملت عشرين شخصاً.&lt;/p&gt;</content></entry></feed>"#,
    );
    fixture.write("catalog.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");
    let items = fixture.read(&["agency.xml", "site.atom", "catalog.xml"]);
    let rss = items[0].as_ref().unwrap();
    assert_eq!((rss.id.as_str(), rss.published.as_deref()), ("https://agency.test/1", Some("2019-03-06")));
    assert_eq!(rss.source.as_deref(), Some("وكالة المثال"));
    assert_eq!(rss.text, "أعلنت الأطراف هدنة لمدة ثلاثة أيام.");
    let atom = items[1].as_ref().unwrap();
    assert_eq!(
        (atom.id.as_str(), atom.text.as_str()),
        ("urn:x:2", "جرت عملية تبادل للأسرى.\nشملت عشرين شخصاً.")
    );
    let problem = items[2].as_ref().unwrap_err();
    assert!(matches!(problem.kind, ProblemKind::UnknownMarkup { .. }), "{problem}");
}

/// One WARC record with the given type, extra headers and body, declaring `length`.
fn warc_record(kind: &str, headers: &str, body: &[u8], length: usize) -> Vec<u8> {
    let head = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2021-09-10T12:00:00Z\r\n{headers}Content-Length: {length}\r\n\r\n");
    [head.as_bytes(), body, b"\r\n\r\n"].concat()
}

fn http_response(html: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}").into_bytes()
}

fn response(uri: &str, html: &str) -> Vec<u8> {
    let body = http_response(html);
    warc_record("response", &format!("WARC-Target-URI: {uri}\r\n"), &body, body.len())
}

#[test]
fn warc_responses_of_html_go_through_the_html_path() {
    let fixture = Fixture::new();
    let warc = [
        warc_record("warcinfo", "", b"software: test", 14),
        warc_record("request", "WARC-Target-URI: https://a.test/x\r\n", b"GET /x HTTP/1.1\r\n\r\n", 19),
        response("https://a.test/x", &page("")),
        warc_record(
            "response",
            "WARC-Target-URI: https://a.test/logo.png\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG",
            47,
        ),
    ]
    .concat();
    fixture.write("crawl.warc.gz", gzip(&warc));
    let items = fixture.read(&["crawl.warc.gz"]);
    assert_eq!(items.len(), 1, "{items:?}");
    let article = items[0].as_ref().unwrap();
    assert_eq!(article.id, "https://a.test/x");
    assert_eq!(article.url.as_deref(), Some("https://a.test/x"));
    assert_eq!(article.source.as_deref(), Some("a.test"));
    assert_eq!(article.published.as_deref(), Some("2021-09-10"));
    assert!(article.text.contains(PARAGRAPHS[0]));
}

#[test]
fn a_lying_content_length_is_reported_with_its_record_and_reading_goes_on() {
    let fixture = Fixture::new();
    let first = response("https://a.test/1", &page(""));
    // Says 40 bytes more than it has, so it swallows the start of the next record.
    let body = http_response(&page(""));
    let long = warc_record("response", "WARC-Target-URI: https://a.test/2\r\n", &body, body.len() + 40);
    let third = response("https://a.test/3", &page(""));
    // Says 10 bytes less than it has: 10 bytes of garbage follow its end.
    let short = warc_record("response", "WARC-Target-URI: https://a.test/4\r\n", &body, body.len() - 10);
    let last = response("https://a.test/5", &page(""));
    let too_long_at_end =
        warc_record("response", "WARC-Target-URI: https://a.test/6\r\n", &body, body.len() + 5000);
    let warc = [first, long.clone(), third, short, last, too_long_at_end].concat();
    fixture.write("lies.warc", &warc);
    let summary = fixture.summary(&["lies.warc"]);
    let second_offset = response("https://a.test/1", &page("")).len();
    assert_eq!(summary[0], "article https://a.test/1");
    assert_eq!(
        summary[1],
        format!(
            "lies.warc: note: WARC record 2 (byte {second_offset}): Content-Length {} runs into the next \
             record; body cut to its first {} bytes",
            body.len() + 40,
            body.len()
        )
    );
    assert_eq!(summary[2], "article https://a.test/2");
    assert_eq!(summary[3], "article https://a.test/3");
    assert!(summary[4].contains("WARC record 4 (byte "), "{summary:?}");
    assert!(
        summary[4].ends_with(&format!(
            "12 bytes of garbage after its Content-Length of {}; resumed at the next record",
            body.len() - 10
        )),
        "{summary:?}"
    );
    assert_eq!(summary[6], "article https://a.test/5");
    assert!(
        summary[7].contains("WARC record 6") && summary[7].contains("its body taken to the end of the file"),
        "{summary:?}"
    );
    assert_eq!(summary.len(), 9, "{summary:?}");
}

#[test]
fn a_50_mb_article_is_one_message_and_the_next_file_is_read() {
    let fixture = Fixture::new();
    let filler = "<p>حشو</p>".repeat(50_000_000 / 15);
    fixture.write("huge.html", page(&filler));
    let doc = format!("<DOC><DOCNO>big</DOCNO><TEXT>\n{}\n</TEXT></DOC>\n<DOC><DOCNO>small</DOCNO><TEXT>قصير</TEXT></DOC>\n", "نص ".repeat(10_000_000));
    fixture.write("huge.trec", doc);
    fixture.write("next.html", page(""));
    assert_eq!(
        fixture.summary(&["huge.html", "huge.trec", "next.html"]),
        [
            "huge.html: skipped: article larger than 10 MiB",
            "huge.trec:1: skipped: article larger than 10 MiB",
            "article small",
            "article next",
        ]
    );
}

#[test]
fn a_decompression_bomb_is_stopped_and_the_next_file_is_read() {
    let fixture = Fixture::new();
    // 4,096 gzip members of 1 MiB of spaces: 4 GiB from about 4 MiB, made in a moment.
    let member = gzip(&vec![b' '; 1 << 20]);
    let bomb: Vec<u8> = std::iter::repeat_n(&member[..], 4096).flatten().copied().collect();
    fixture.write("bomb.html.gz", &bomb);
    fixture.write("bomb.jsonl.gz", &bomb);
    fixture.write("next.html", page(""));
    let summary = fixture.summary(&["bomb.html.gz", "bomb.jsonl.gz", "next.html"]);
    assert_eq!(summary[0], "bomb.html.gz: skipped: article larger than 10 MiB");
    assert!(
        summary[1].starts_with(
            "bomb.jsonl.gz:1: skipped: stopped reading this file: gzip expands more than 100 times"
        ),
        "{summary:?}"
    );
    assert_eq!(summary[2], "article next");
}

#[test]
fn ids_are_the_same_from_one_run_to_the_next_and_boilerplate_can_be_stripped() {
    let fixture = Fixture::new();
    fixture.write("wire.trec", TREC);
    fixture.write("page.html", page(""));
    let ids =
        |items: Vec<Result<Article, Problem>>| articles(items).into_iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(
        ids(fixture.read(&["wire.trec", "page.html"])),
        ids(fixture.read(&["wire.trec", "page.html"]))
    );
    let paths = [fixture.dir.path().join("wire.trec")];
    let mut stripped = Deboilerplate::new(read_inputs(&paths, &ReadOptions::default()));
    assert_eq!(stripped.by_ref().filter(Result::is_ok).count(), 2);
    assert_eq!(stripped.report().lines_removed, 0);
}
