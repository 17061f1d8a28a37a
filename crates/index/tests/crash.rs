//! A writer killed with SIGKILL while it indexes leaves the last commit and its watermark, and
//! no lock behind. The test runs itself as the child process that gets killed.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use marsad_index::{IndexDoc, SearchIndex, SearchRequest};

/// Set in the child: the index folder to write to.
const CHILD_DIR: &str = "MARSAD_INDEX_CRASH_CHILD";
const TEST_NAME: &str = "a_killed_writer_leaves_the_last_commit";
const COMMITTED: u64 = 20;

#[test]
fn a_killed_writer_leaves_the_last_commit() {
    if let Ok(dir) = std::env::var(CHILD_DIR) {
        index_until_killed(Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--test-threads=1"])
        .env(CHILD_DIR, dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let marker = dir.path().join("committed");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !marker.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Let it index a while past its commit, then kill it mid-work.
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(marker.exists(), "the child never committed");

    let index = SearchIndex::open_or_create(dir.path()).unwrap();
    assert_eq!(index.watermark(), Some(COMMITTED));
    assert_eq!(index.doc_count(), COMMITTED);
    assert_eq!(index.search(&SearchRequest::new("قصف")).unwrap().total, COMMITTED as usize);
    // The dead writer's lock died with it.
    let mut writer = index.writer(30_000_000).unwrap();
    writer.commit(COMMITTED).unwrap();
}

/// The child: commits `COMMITTED` articles, says so, then adds more without committing
/// until it is killed (or gives up after a minute).
fn index_until_killed(dir: &Path) {
    let index = SearchIndex::open_or_create(dir).unwrap();
    let mut writer = index.writer(30_000_000).unwrap();
    let text = "قصف الجيش مواقع في ريف حلب، وقال مصدر إن القصف استمر ساعات. ".repeat(20);
    let add = |writer: &mut marsad_index::Writer, key: u64| {
        let id = key.to_string();
        writer.add(&IndexDoc { key, article_id: &id, text: &text, ..IndexDoc::default() }).unwrap();
    };
    for key in 1..=COMMITTED {
        add(&mut writer, key);
    }
    writer.commit(COMMITTED).unwrap();
    std::fs::write(dir.join("committed"), b"").unwrap();
    let give_up = Instant::now() + Duration::from_secs(60);
    let mut key = COMMITTED;
    while Instant::now() < give_up {
        key += 1;
        add(&mut writer, key);
    }
}
