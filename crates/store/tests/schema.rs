//! The store's versions: a store of version 1 (the analysis as JSON text) opens, migrates
//! and reads its old rows beside new ones (packed); a store newer than this marsad is
//! refused with a message that says so; a bulk load's query indexes are built at its end,
//! or at the next open after a load that never ended.

use marsad_model::{Article, Mention, MentionInfo, Record};
use marsad_store::{NewArticle, SqliteStore, Store, StoreError};
use rusqlite::Connection;

fn analyzed(key: u64) -> NewArticle {
    let article = Article {
        id: format!("a{key}"),
        source: Some("wire".into()),
        text: format!("قصفت الطائرات حلب {key}"),
        ..Article::default()
    };
    let mention = Mention {
        id: 0,
        start: 14,
        end: 17,
        text: "حلب".into(),
        info: MentionInfo::Date { value: "2018-06-20".into() },
    };
    let record =
        Record { sentences: vec![[0, 19]], mentions: vec![mention], ..Record::from_article(article.clone()) };
    NewArticle {
        key,
        article,
        content: [key as u8; 16],
        simhash: Some(key),
        duplicate: None,
        record: Some(record),
    }
}

/// Rewrites article 1's analysis as the JSON text version 1 kept, and the version to 1.
fn make_version_one(dir: &std::path::Path, json: &str) {
    let connection = Connection::open(dir.join("store.sqlite")).unwrap();
    connection.execute("UPDATE articles SET analysis = ?1 WHERE key = 1", [json]).unwrap();
    connection.pragma_update(None, "user_version", 1).unwrap();
}

#[test]
fn a_version_one_store_migrates_and_reads_old_and_new_rows_alike() {
    let dir = tempfile::tempdir().unwrap();
    let first = analyzed(1);
    let json = serde_json::json!({
        "sentences": first.record.as_ref().unwrap().sentences,
        "mentions": first.record.as_ref().unwrap().mentions,
        "events": [],
        "claims": [],
    })
    .to_string();
    SqliteStore::open(dir.path()).unwrap().write(std::slice::from_ref(&first)).unwrap();
    make_version_one(dir.path(), &json);

    let mut store = SqliteStore::open(dir.path()).unwrap();
    store.write(&[analyzed(2)]).unwrap();
    let old = store.article(1).unwrap().unwrap().record;
    let new = store.article(2).unwrap().unwrap().record;
    assert_eq!(old, first.record.unwrap());
    assert_eq!(new, analyzed(2).record.unwrap());
    assert_eq!(store.indexable_after(None, 10).unwrap().len(), 2);
    let version: u32 = Connection::open(dir.path().join("store.sqlite"))
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, 3);
}

#[test]
fn a_store_newer_than_this_marsad_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    SqliteStore::open(dir.path()).unwrap().write(&[analyzed(1)]).unwrap();
    Connection::open(dir.path().join("store.sqlite"))
        .unwrap()
        .pragma_update(None, "user_version", 9)
        .unwrap();
    for result in [SqliteStore::open(dir.path()), SqliteStore::open_read_only(dir.path())] {
        let Err(error) = result else { panic!("a newer store opened") };
        assert!(matches!(error, StoreError::NewerSchema { found: 9, .. }));
        assert!(error.to_string().contains("use a newer marsad"), "{error}");
    }
}

#[test]
fn a_corrupt_compressed_analysis_is_an_error_naming_the_article() {
    let dir = tempfile::tempdir().unwrap();
    SqliteStore::open(dir.path()).unwrap().write(&[analyzed(1)]).unwrap();
    let connection = Connection::open(dir.path().join("store.sqlite")).unwrap();
    connection.execute("UPDATE articles SET analysis = x'ffffff7f0000' WHERE key = 1", []).unwrap();
    let store = SqliteStore::open_read_only(dir.path()).unwrap();
    let Err(error) = store.article(1) else { panic!("a corrupt analysis was read") };
    assert!(matches!(error, StoreError::Corrupt { key: 1, .. }), "{error}");
}

fn query_indexes(dir: &std::path::Path) -> Vec<String> {
    let connection = Connection::open(dir.join("store.sqlite")).unwrap();
    let mut statement = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND tbl_name <> 'articles' ORDER BY name")
        .unwrap();
    let names = statement.query_map([], |row| row.get(0)).unwrap();
    names.collect::<Result<_, _>>().unwrap()
}

#[test]
fn a_bulk_load_builds_the_query_indexes_at_its_end_or_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let all = query_indexes(&{
        SqliteStore::open(dir.path()).unwrap();
        dir.path().to_path_buf()
    });
    assert_eq!(all.len(), 6);
    let kept = vec!["event_roles_by_event".to_string()];
    let mut store = SqliteStore::open(dir.path()).unwrap();
    store.begin_bulk_load().unwrap();
    assert_eq!(query_indexes(dir.path()), kept);
    store.write(&[analyzed(1)]).unwrap();
    store.end_bulk_load().unwrap();
    assert_eq!(query_indexes(dir.path()), all);

    // A load killed before its end: the next open builds them.
    let other = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(other.path()).unwrap();
    store.begin_bulk_load().unwrap();
    store.write(&[analyzed(1)]).unwrap();
    drop(store);
    assert_eq!(query_indexes(other.path()), kept);
    let mut store = SqliteStore::open(other.path()).unwrap();
    assert_eq!(query_indexes(other.path()), all);

    // A store that holds articles keeps them through a load.
    store.begin_bulk_load().unwrap();
    assert_eq!(query_indexes(other.path()), all);
}
