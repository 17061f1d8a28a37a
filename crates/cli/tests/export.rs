//! `marsad export` run as a program over hand-written inputs (fictional reports) in
//! `fixtures/`: telling records from articles, the CSV it writes, GeoJSON and JSON Lines, bad
//! lines and the exit code.
//!
//! The ACLED columns come from `data/plover-acled.tsv`, which is not checked here: the export
//! crate's own tests check the mapping with a table of their own.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use marsad_export::COLUMNS;

/// The first sentence of `fixtures/records.jsonl`: ASCII quotes and a comma, which CSV quotes.
const FIRST_SENTENCE: &str =
    "أفادت مصادر محلية بأن طائرات مسيرة قصفت \"مزرعة السنديان\" قرب بلدة عين الريح, ما أدى إلى مقتل 3 أشخاص.";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(name)
}

fn records_fixture() -> String {
    std::fs::read_to_string(fixture("records.jsonl")).expect("the records fixture")
}

/// Runs `marsad` with `args`, feeding `stdin` to it.
fn marsad(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("marsad runs");
    child.stdin.take().expect("stdin is piped").write_all(stdin).expect("stdin is written");
    child.wait_with_output().expect("marsad finishes")
}

fn stdout_of(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").iter().map(str::to_string).collect();
    (header, reader.records().map(|r| r.expect("a well-formed row")).collect())
}

/// The value of `column` in `row`.
fn cell<'r>(row: &'r csv::StringRecord, column: &str) -> &'r str {
    let index = COLUMNS.iter().position(|c| *c == column).expect("a column");
    row.get(index).expect("a full row")
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_event() {
    let path = fixture("records.jsonl");
    let output = marsad(&["export", "--format", "csv", path.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty());
    let text = stdout_of(&output);
    let (header, rows) = csv_rows(&text);
    assert_eq!(header, COLUMNS);
    // The second record has no events: two rows, both of the first.
    assert_eq!(rows.len(), 2);
    let strike = &rows[0];
    let expected = [
        ("event_id", "fx-1-0"),
        ("event_date", "2020-04-02"),
        ("time_precision", "2"),
        ("plover_type", "ASSAULT"),
        ("mode", "drone"),
        ("actor1", ""),
        ("location", "Ain al-Rih"),
        ("admin1", "Sahel"),
        ("country", "SY"),
        ("latitude", "36.41"),
        ("longitude", "37.02"),
        ("geo_precision", "1"),
        ("fatalities", "3"),
        ("claimed_by", "مصادر محلية"),
        ("negated", "false"),
        ("source", "example-wire"),
        ("url", "https://example.invalid/fx-1"),
        ("article_id", "fx-1"),
        ("evidence", FIRST_SENTENCE),
    ];
    for (column, value) in expected {
        assert_eq!(cell(strike, column), value, "{column}");
    }
    let clash = &rows[1];
    let expected = [
        ("event_id", "fx-1-1"),
        ("event_date", "2020-03-28"),
        ("time_precision", "1"),
        ("actor1", "Mountain Brigade"),
        ("actor2", "فصيل الوادي"),
        ("location", ""),
        ("geo_precision", ""),
        ("fatalities", "0"),
        ("claimed_by", "Mountain Brigade"),
    ];
    for (column, value) in expected {
        assert_eq!(cell(clash, column), value, "{column}");
    }
    // RFC 4180: a field with a comma or quotes is quoted, and its quotes are doubled.
    let quoted = format!("\"{}\"", FIRST_SENTENCE.replace('"', "\"\""));
    assert!(text.lines().nth(1).unwrap().ends_with(&quoted), "{text}");
}

#[test]
fn records_on_standard_input_read_like_the_file() {
    let path = fixture("records.jsonl");
    let from_file = marsad(&["export", "--format", "jsonl", path.to_str().unwrap()], b"");
    let from_stdin = marsad(&["export", "--format", "jsonl", "-"], records_fixture().as_bytes());
    assert!(from_stdin.status.success());
    assert_eq!(stdout_of(&from_stdin), stdout_of(&from_file));
}

#[test]
fn gzipped_records_are_read() {
    let path = std::env::temp_dir().join(format!("marsad-export-test-{}.jsonl.gz", std::process::id()));
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(records_fixture().as_bytes()).unwrap();
    std::fs::write(&path, encoder.finish().unwrap()).unwrap();
    let output = marsad(&["export", "--format", "csv", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (_, rows) = csv_rows(&stdout_of(&output));
    let ids: Vec<_> = rows.iter().map(|r| cell(r, "event_id").to_string()).collect();
    assert_eq!(ids, ["fx-1-0", "fx-1-1"]);
}

#[test]
fn bad_lines_are_named_and_skipped_with_exit_code_3() {
    let records = records_fixture();
    let mut lines = records.lines();
    let input = format!(
        "{}\n{{\"id\": \"broken\n[1, 2]\n{{\"id\":\"x\",\"text\":\"مقال\"}}\n{}\n",
        lines.next().unwrap(),
        lines.next().unwrap()
    );
    let output = marsad(&["export", "--format", "csv", "-"], input.as_bytes());
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = [
        "marsad: <stdin>:2: skipped: not an analysis record (line ended while parsing a string at column 14)",
        "marsad: <stdin>:3: skipped: not a JSON object",
        "marsad: <stdin>:4: skipped: not an analysis record (missing field `sentences` at column 28)",
        "marsad: 3 input item(s) skipped",
    ];
    assert_eq!(stderr.lines().collect::<Vec<_>>(), expected);
    // The good records around the bad lines are all exported.
    assert_eq!(csv_rows(&stdout_of(&output)).1.len(), 2);
}

#[test]
fn geojson_maps_only_the_events_with_coordinates() {
    let path = fixture("records.jsonl");
    let output = marsad(&["export", "--format", "geojson", path.to_str().unwrap()], b"");
    assert!(output.status.success());
    let collection: serde_json::Value = serde_json::from_str(&stdout_of(&output)).expect("one JSON value");
    assert_eq!(collection["type"], "FeatureCollection");
    let features = collection["features"].as_array().unwrap();
    assert_eq!(features.len(), 1, "the clash has no place");
    assert_eq!(features[0]["geometry"]["coordinates"], serde_json::json!([37.02, 36.41]));
    assert_eq!(features[0]["properties"]["event_id"], "fx-1-0");
}

#[test]
fn jsonl_has_one_flat_object_per_event() {
    let path = fixture("records.jsonl");
    let output = marsad(&["export", "--format", "jsonl", path.to_str().unwrap()], b"");
    let rows: Vec<serde_json::Value> =
        stdout_of(&output).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(rows.len(), 2);
    let mut keys: Vec<&str> = rows[1].as_object().unwrap().keys().map(String::as_str).collect();
    let mut columns = COLUMNS.to_vec();
    keys.sort_unstable();
    columns.sort_unstable();
    assert_eq!(keys, columns);
    assert!(rows[1].as_object().unwrap().values().all(|v| !v.is_object() && !v.is_array()));
    assert_eq!(rows[1]["location"], serde_json::Value::Null);
    assert_eq!(rows[1]["time_precision"], 1);
}

#[test]
fn articles_are_analyzed_first_as_analyze_does() {
    let article = fixture("article.txt");
    let article = article.to_str().unwrap();
    let direct = marsad(&["export", "--format", "jsonl", "--published", "2020-04-02", article], b"");
    assert!(direct.status.success(), "{}", String::from_utf8_lossy(&direct.stderr));
    let records = marsad(&["analyze", "--published", "2020-04-02", article], b"");
    let via_records = marsad(&["export", "--format", "jsonl", "-"], &records.stdout);
    assert_eq!(stdout_of(&direct), stdout_of(&via_records));
    // A JSON Lines article (no `mentions`) on standard input is analyzed too.
    let text = std::fs::read_to_string(fixture("article.txt")).unwrap();
    let line = serde_json::json!({"id": "article", "published": "2020-04-02", "text": text});
    let from_stdin = marsad(&["export", "--format", "jsonl", "-"], format!("{line}\n").as_bytes());
    assert_eq!(stdout_of(&from_stdin), stdout_of(&direct));
}
