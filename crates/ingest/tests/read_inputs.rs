//! `read_inputs` on real files: each format, folders, and each kind of bad input, checking
//! that a bad item gets one message naming file and line and that its neighbours still arrive.

mod common;

use std::fs;
use std::path::Path;

use common::{articles, gzip, Fixture};
use marsad_ingest::{Problem, Severity, MAX_ITEM_BYTES};
use marsad_model::Article;

#[test]
fn a_text_file_is_one_article_kept_exactly() {
    let fixture = Fixture::new();
    let body = "غارة على حلب.\r\n\r\nقتل ثلاثة.\n";
    fixture.write("000_c7e5a248e3078597.txt", format!("\u{FEFF}{body}"));
    let items = fixture.read(&["000_c7e5a248e3078597.txt"]);
    let expected = Article {
        id: "000_c7e5a248e3078597".into(),
        published: Some("2018-05-01".into()),
        text: body.into(),
        ..Article::default()
    };
    assert_eq!(articles(items), [expected]);
}

#[test]
fn folders_are_read_recursively_in_byte_order_without_hidden_or_foreign_files() {
    let fixture = Fixture::new();
    fixture.write("data/b.txt", "b");
    fixture.write("data/a/z.jsonl", "{\"text\":\"z\"}\n");
    fixture.write("data/a/b/c.txt", "c");
    fixture.write("data/A.txt", "A");
    fixture.write("data/a.txt", "a");
    fixture.write("data/x.jsonl.gz", gzip(b"{\"id\":\"gz\",\"text\":\"x\"}\n"));
    fixture.write("data/y.NDJSON", "{\"id\":\"nd\",\"text\":\"y\"}\n");
    fixture.write("data/.hidden/h.txt", "hidden");
    fixture.write("data/.h.txt", "hidden");
    fixture.write("data/notes.md", "not an input");
    fixture.write("data/x.json.gz", gzip(b"{}"));
    fixture.write("last.txt", "last");
    assert_eq!(
        fixture.summary(&["data", "last.txt"]),
        [
            "article A",
            "article a",
            "article c",
            "article z:1",
            "article b",
            "article gz",
            "article nd",
            "article last",
        ]
    );
}

#[test]
fn json_lines_fill_ids_and_dates() {
    let fixture = Fixture::new();
    let lines = [
        r#"{"text":"one","title":"T","source":"S","url":"U","published":"2018-02-18T17:35:43Z"}"#,
        "",
        r#"{"id":12,"text":"two","published":"2018-02-18 10:00"}"#,
        "   ",
        r#"{"id":"three","text":"three","published":null}"#,
        r#"{"id":"four","text":"four","published":"last week"}"#,
        r#"{"id":"five","text":"five","published":"2018-02-19"}"#,
    ];
    fixture.write("news.jsonl", lines.join("\n"));
    let items = fixture.read(&["news.jsonl"]);
    let problems: Vec<String> =
        items.iter().filter_map(|item| item.as_ref().err().map(ToString::to_string)).collect();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].ends_with("news.jsonl:6: note: `published` \"last week\" is not a date; used 2018-05-01")
    );
    let got: Vec<(String, Option<String>)> =
        articles(items).into_iter().map(|a| (a.id, a.published)).collect();
    let date = |d: &str| Some(d.to_string());
    assert_eq!(
        got,
        [
            ("news:1".into(), date("2018-02-18")),
            ("12".into(), date("2018-02-18")),
            ("three".into(), date("2018-05-01")),
            ("four".into(), date("2018-05-01")),
            ("five".into(), date("2018-02-19")),
        ]
    );
}

#[test]
fn metadata_fields_come_through() {
    let fixture = Fixture::new();
    fixture.write(
        "one.jsonl",
        r#"{"id":"a","title":"عنوان","source":"alarabia","url":"http://x","text":"نص","abstract":"…"}"#,
    );
    let article = articles(fixture.read(&["one.jsonl"])).remove(0);
    assert_eq!(article.title.as_deref(), Some("عنوان"));
    assert_eq!(article.source.as_deref(), Some("alarabia"));
    assert_eq!(article.url.as_deref(), Some("http://x"));
    assert_eq!(article.text, "نص");
}

#[test]
fn gzip_round_trips_including_several_members() {
    let fixture = Fixture::new();
    let mut bytes = gzip(b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n");
    // `cat a.gz b.gz > c.gz` makes a valid file of two gzip members.
    bytes.extend(gzip(b"{\"id\":\"c\",\"text\":\"z\"}\n"));
    fixture.write("two.jsonl.gz", bytes);
    assert_eq!(fixture.summary(&["two.jsonl.gz"]), ["article a", "article b", "article c"]);
}

#[test]
fn a_truncated_gzip_stops_at_the_line_where_it_broke_and_the_next_file_is_read() {
    let fixture = Fixture::new();
    // Incompressible ids make the compressed stream long enough to cut in the middle.
    let mut state = 0x9E37_79B9_u32;
    let lines: String = (0..2000)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            format!("{{\"id\":\"{i}-{state:08x}\",\"text\":\"x\"}}\n")
        })
        .collect();
    let full = gzip(lines.as_bytes());
    fixture.write("cut.jsonl.gz", &full[..full.len() / 2]);
    fixture.write("after.txt", "after");
    let summary = fixture.summary(&["cut.jsonl.gz", "after.txt"]);
    let (last, rest) = summary.split_last().unwrap();
    assert_eq!(last, "article after");
    let (broken, good) = rest.split_last().unwrap();
    assert!(good.len() > 100 && good.len() < 2000, "{}", good.len());
    assert!(good.iter().all(|s| s.starts_with("article ")));
    let line = good.len() + 1;
    assert!(
        broken.starts_with(&format!(
            "cut.jsonl.gz:{line}: skipped: stopped reading this file: gzip data is truncated or corrupt"
        )),
        "{broken}"
    );
}

#[test]
fn a_gzip_cut_inside_its_header_or_not_gzip_at_all_is_one_message() {
    let fixture = Fixture::new();
    let full = gzip(b"{\"text\":\"x\"}\n");
    fixture.write("header.jsonl.gz", &full[..5]);
    fixture.write("plain.jsonl.gz", "{\"text\":\"x\"}\n");
    let summary = fixture.summary(&["header.jsonl.gz", "plain.jsonl.gz"]);
    assert_eq!(summary.len(), 2, "{summary:?}");
    for (message, name) in summary.iter().zip(["header", "plain"]) {
        let expected = format!("{name}.jsonl.gz:1: skipped: stopped reading this file: gzip");
        assert!(message.starts_with(&expected), "{message}");
    }
}

#[test]
fn windows_1256_is_decoded_with_a_note() {
    let fixture = Fixture::new();
    let arabic = "قتل ثلاثة أشخاص في غارة جوية على ريف حلب الشمالي، يوم الأحد.";
    let (encoded, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
    fixture.write("legacy.txt", &encoded);
    let mut lines = b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"".to_vec();
    lines.extend_from_slice(&encoded);
    lines.extend_from_slice(b"\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n");
    fixture.write("legacy.jsonl", lines);
    let items = fixture.read(&["legacy.txt", "legacy.jsonl"]);
    let notes: Vec<String> = items
        .iter()
        .filter_map(|item| item.as_ref().err())
        .inspect(|problem| assert_eq!(problem.severity, Severity::Recovered))
        .map(ToString::to_string)
        .collect();
    assert!(notes[0].ends_with("legacy.txt: note: not valid UTF-8; decoded as windows-1256"));
    assert!(notes[1].ends_with("legacy.jsonl:2: note: not valid UTF-8; decoded as windows-1256"));
    let texts: Vec<String> = articles(items).into_iter().map(|a| a.text).collect();
    assert_eq!(texts, [arabic, "ok", arabic, "ok"]);
}

#[test]
fn garbage_that_is_neither_utf8_nor_windows_1256_is_skipped() {
    let fixture = Fixture::new();
    let mut lines = b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"text\":\"".to_vec();
    lines.extend((0..200u8).map(|i| 0x80 | i.wrapping_mul(37)));
    lines.extend_from_slice(b"\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n");
    fixture.write("garbage.jsonl", lines);
    let summary = fixture.summary(&["garbage.jsonl"]);
    assert_eq!(summary.len(), 3);
    assert_eq!(summary[0], "article a");
    assert!(summary[1].starts_with("garbage.jsonl:2: skipped: not text: invalid UTF-8 at byte 9"));
    assert_eq!(summary[2], "article c");
}

#[test]
fn binary_files_are_skipped() {
    let fixture = Fixture::new();
    fixture.write("before.txt", "before");
    fixture.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    fixture.write("data.jsonl", b"\0\0\0\x01{}");
    fixture.write("photo.jpg", b"\xFF\xD8\xFF\xE0\0\x10JFIF\0");
    fixture.write("after.txt", "after");
    assert_eq!(
        fixture.summary(&["before.txt", "image.txt", "data.jsonl", "photo.jpg", "after.txt"]),
        [
            "article before",
            "image.txt: skipped: binary file (it contains NUL bytes)",
            "data.jsonl: skipped: binary file (it contains NUL bytes)",
            "photo.jpg: skipped: binary file (it contains NUL bytes; `.jpg` is not one marsad \
             reads: .txt, .jsonl, .ndjson, .html, .htm, .xml, .sgml, .trec, .rss, .atom, .warc, \
             each also .gz)",
            "article after",
        ]
    );
}

#[test]
fn a_file_of_another_name_is_read_when_it_is_text() {
    let fixture = Fixture::new();
    fixture.write("README", "نص عادي");
    fixture.write("export.json", "{\"id\":\"j\",\"text\":\"x\"}\n");
    assert_eq!(fixture.summary(&["README", "export.json"]), ["article README", "article j"]);
}

#[test]
fn empty_files_are_skipped() {
    let fixture = Fixture::new();
    fixture.write("empty.txt", "");
    fixture.write("blank.txt", " \n\t\r\n");
    fixture.write("bom.txt", "\u{FEFF}");
    fixture.write("nbsp.txt", "\u{00A0}\n");
    fixture.write("empty.jsonl", "\n\n");
    fixture.write("empty.jsonl.gz", gzip(b""));
    fixture.write("ok.txt", "ok");
    let names = ["empty.txt", "blank.txt", "bom.txt", "nbsp.txt", "empty.jsonl", "empty.jsonl.gz", "ok.txt"];
    let summary = fixture.summary(&names);
    for (message, name) in summary.iter().zip(&names[..6]) {
        assert_eq!(message, &format!("{name}: skipped: empty file"));
    }
    assert_eq!(summary[6..], ["article ok"]);
}

#[test]
fn a_malformed_line_in_the_middle_costs_that_line_only() {
    let fixture = Fixture::new();
    let lines = [
        r#"{"id":"a","text":"x"}"#,
        r#"{"id":"b" "text":"x"}"#,
        r#"{"id":"c","text":"x"}"#,
        r#"{"id":"d","text":"#,
        r#"[1,2]"#,
        r#"{"id":"e","text":"x"}"#,
    ];
    fixture.write("mixed.jsonl", lines.join("\r\n"));
    assert_eq!(
        fixture.summary(&["mixed.jsonl"]),
        [
            "article a",
            "mixed.jsonl:2: skipped: malformed JSON (expected `,` or `}` at column 11)",
            "article c",
            "mixed.jsonl:4: skipped: malformed JSON (line ended while parsing a value at column 17)",
            "mixed.jsonl:5: skipped: not a JSON object",
            "article e",
        ]
    );
}

#[test]
fn lines_without_text_are_skipped() {
    let fixture = Fixture::new();
    let lines = [
        r#"{"id":"a","text":"x"}"#,
        r#"{"id":"b","title":"no body"}"#,
        r#"{"id":"c","text":42}"#,
        r#"{"id":"d","text":""}"#,
        r#"{"id":"e","text":"x"}"#,
    ];
    fixture.write("t.jsonl", lines.join("\n"));
    assert_eq!(
        fixture.summary(&["t.jsonl"]),
        [
            "article a",
            "t.jsonl:2: skipped: no text field",
            "t.jsonl:3: skipped: no text field (`text` is a number)",
            "t.jsonl:4: skipped: no text field (`text` is empty)",
            "article e",
        ]
    );
}

#[test]
fn a_file_that_is_not_json_lines_is_one_message() {
    let fixture = Fixture::new();
    fixture.write("array.jsonl", "[{\"text\":\"x\"},\n{\"text\":\"y\"}]\n");
    assert_eq!(
        fixture.summary(&["array.jsonl"]),
        ["array.jsonl: skipped: not JSON Lines: starts with '[' where `{` was expected"]
    );
}

#[test]
fn missing_and_unreadable_paths_are_skipped() {
    let fixture = Fixture::new();
    fixture.write("ok.txt", "ok");
    let locked = fixture.write("locked.txt", "secret");
    set_mode(&locked, 0o000);
    let mut expected = vec!["missing.txt: skipped: cannot open: no such file or folder"];
    // Root reads whatever the permissions say; the case can only be checked as a user.
    let locked_out = fs::read(&locked).is_err();
    if locked_out {
        expected.push("locked.txt: skipped: cannot open: permission denied");
    } else {
        expected.push("article locked");
    }
    expected.push("article ok");
    assert_eq!(fixture.summary(&["missing.txt", "locked.txt", "ok.txt"]), expected);
    set_mode(&locked, 0o644);
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) {}

#[test]
fn a_text_file_over_the_limit_is_skipped_without_reading_it() {
    let fixture = Fixture::new();
    let big = fixture.path("big.txt");
    // A sparse file: the size is what matters, and it costs no disk.
    fs::File::create(&big).unwrap().set_len(MAX_ITEM_BYTES + 1).unwrap();
    fixture.write("ok.txt", "ok");
    assert_eq!(
        fixture.summary(&["big.txt", "ok.txt"]),
        ["big.txt: skipped: file larger than 64 MiB", "article ok"]
    );
}

#[test]
fn problems_tell_skips_from_notes() {
    let fixture = Fixture::new();
    fixture.write("x.jsonl", "{\"text\":\"a\",\"published\":5}\n{\"text\":1}\n");
    let problems: Vec<Problem> = fixture.read(&["x.jsonl"]).into_iter().filter_map(Result::err).collect();
    assert_eq!(problems.len(), 2);
    assert!(problems[0].is_recovered() && !problems[0].is_skip());
    assert!(problems[1].is_skip());
    assert_eq!(problems[1].line, Some(2));
}
