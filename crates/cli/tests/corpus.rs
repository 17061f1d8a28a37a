//! The corpus commands end to end, through the `marsad` binary: ingest into a store, ask it
//! questions, ingest again (nothing is added), and kill an ingest with SIGKILL at several
//! moments (every article ends up stored once, the index consistent with the store).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

fn marsad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad")).args(args).output().expect("marsad runs")
}

fn json_of(args: &[&str]) -> Value {
    let output = marsad(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn db_arg(dir: &Path) -> String {
    dir.to_str().expect("a UTF-8 temp path").to_string()
}

#[test]
fn ingest_then_query_then_ingest_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(dir.path());
    let examples = examples();
    let first = json_of(&["ingest", examples.to_str().unwrap(), "--db", &db, "--json"]);
    assert_eq!(first["read"], first["new"]);
    assert!(first["new"].as_u64().unwrap() >= 5);

    let stats = json_of(&["stats", "--db", &db, "--json"]);
    for key in ["articles", "sources", "mentions", "events", "claims", "duplicate_groups"] {
        assert!(stats.get(key).is_some(), "stats has {key}");
    }
    assert_eq!(stats["articles"], first["new"]);
    assert!(stats["events"].as_u64().unwrap() > 0);

    // The same actor by three of its names.
    let by_arabic = json_of(&["events", "--db", &db, "--json", "--actor", "قسد"]);
    let by_id = json_of(&["events", "--db", &db, "--json", "--actor", "sdf"]);
    let by_full = json_of(&["events", "--db", &db, "--json", "--actor", "قوات سوريا الديمقراطية"]);
    assert!(!by_arabic.as_array().unwrap().is_empty());
    assert_eq!(by_arabic, by_id);
    assert_eq!(by_arabic, by_full);

    let hits = json_of(&["search", "هجين", "--db", &db, "--json"]);
    assert!(hits["total"].as_u64().unwrap() >= 2);
    let snippet = &hits["hits"][0]["snippet"];
    assert!(!snippet["highlights"].as_array().unwrap().is_empty());

    let again = json_of(&["ingest", examples.to_str().unwrap(), "--db", &db, "--json"]);
    assert_eq!(again["new"], 0);
    assert_eq!(again["already_stored"], first["new"]);
    assert_eq!(json_of(&["stats", "--db", &db, "--json"]), stats);
}

#[test]
fn copies_are_grouped_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("copies.jsonl");
    let text = long_story(1);
    let lines = [
        serde_json::json!({"id": "a", "source": "one", "text": text}),
        serde_json::json!({"id": "b", "source": "two", "text": format!("  {text}\n")}),
        serde_json::json!({"id": "c", "source": "two", "text": text.replacen("خمسة", "ستة", 1)}),
    ];
    let body: String = lines.iter().map(|line| format!("{line}\n")).collect();
    std::fs::write(&input, body).unwrap();
    let db = db_arg(&dir.path().join("db"));
    let summary = json_of(&["ingest", input.to_str().unwrap(), "--db", &db, "--json"]);
    assert_eq!(
        (summary["new"].as_u64(), summary["duplicates"].as_u64(), summary["near_duplicates"].as_u64()),
        (Some(1), Some(1), Some(1))
    );
    let groups = json_of(&["duplicates", "--db", &db, "--json"]);
    assert_eq!(groups.as_array().unwrap().len(), 1);
    assert_eq!(groups[0]["members"].as_array().unwrap().len(), 3);
}

#[test]
fn queries_on_a_missing_store_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = db_arg(&dir.path().join("nothing"));
    let output = marsad(&["stats", "--db", &missing]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("marsad ingest"));
    assert!(!dir.path().join("nothing").exists(), "a query creates no store");
}

#[test]
fn an_ingest_while_another_writes_says_who_holds_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(dir.path());
    let feed = examples().join("feed.jsonl");
    let feed = feed.to_str().unwrap();
    // Another writer (as `marsad serve` holds while it ingests) has the index's lock.
    let held = marsad_corpus::IndexSink::open(dir.path()).unwrap();
    let output = marsad(&["ingest", feed, "--db", &db]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&db) && stderr.contains("another process is writing this store"), "{stderr}");
    assert!(stderr.contains("marsad serve"), "{stderr}");
    drop(held);
    let output = marsad(&["ingest", feed, "--db", &db]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// A made-up report long enough for a SimHash, different for each `n`.
fn long_story(n: usize) -> String {
    format!(
        "قالت مصادر أهلية إن طائرات التحالف الدولي قصفت بلدة هجين في ريف دير الزور الشرقي صباح اليوم \
         رقم {n}، ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين بجروح، فيما تواصلت الاشتباكات بين قوات سوريا \
         الديمقراطية وعناصر تنظيم داعش على أطراف بلدة الشعفة القريبة من الحدود العراقية حتى ساعات المساء، \
         بحسب المصادر ذاتها التي أضافت أن عشرات العائلات نزحت نحو مخيمات في ريف الحسكة الجنوبي خلال \
         اليوم {n} من العملية."
    )
}

/// Articles different enough not to be near-duplicates of one another.
fn write_distinct_articles(path: &Path, count: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let words = [
        "الجيش",
        "المعارضة",
        "المدنيين",
        "القصف",
        "الحدود",
        "المخيم",
        "الطريق",
        "المدينة",
        "القرية",
        "النهر",
    ];
    for n in 0..count {
        // Sentences drawn in an order that depends on n: texts share words but not shingles.
        let mut text = long_story(n);
        for step in 0..12 {
            let word = words[(n * 7 + step * (n % 5 + 1)) % words.len()];
            text.push_str(&format!(" وذكر تقرير {step} عن {word} رقم {} أن الوضع تغير.", n * 31 + step));
        }
        let line = serde_json::json!({"id": format!("story-{n}"), "source": "test", "published": "2018-11-01", "text": text});
        writeln!(file, "{line}").unwrap();
    }
}

#[test]
fn a_killed_ingest_run_again_stores_every_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("stories.jsonl");
    let count = 3000;
    write_distinct_articles(&input, count);
    let db = db_arg(&dir.path().join("db"));
    for wait_ms in [150, 400, 700, 1000, 1500] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
            .args(["ingest", input.to_str().unwrap(), "--db", &db, "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
    }
    let last = json_of(&["ingest", input.to_str().unwrap(), "--db", &db, "--json"]);
    assert_eq!(last["read"].as_u64(), Some(count as u64));
    assert_eq!(last["changed_text"].as_u64(), Some(0));
    let stats = json_of(&["stats", "--db", &db, "--json"]);
    assert_eq!(stats["articles"].as_u64(), Some(count as u64), "every article stored once");
    let everything = json_of(&["search", "", "--db", &db, "--json", "--limit", "0"]);
    assert_eq!(everything["total"].as_u64(), Some(count as u64), "the index holds what the store holds");
}
