//! The SQLite schema, as a list of migrations: the database's `user_version` says how many
//! have run, and opening a store runs the rest, each in its own transaction.

use rusqlite::Connection;

/// Each entry takes the schema from its index to the next version.
const MIGRATIONS: &[&str] = &[
    // 1: articles, their analyses and the tables queries read.
    "
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE articles (
        key INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        source INTEGER REFERENCES sources(id),
        url TEXT,
        title TEXT,
        published TEXT,
        text TEXT,
        analysis TEXT,
        content BLOB NOT NULL,
        simhash INTEGER,
        duplicate_of INTEGER REFERENCES articles(key),
        duplicate_distance INTEGER
    );
    CREATE UNIQUE INDEX articles_by_id ON articles(article_id, ifnull(source, 0));
    CREATE INDEX articles_by_content ON articles(content) WHERE duplicate_of IS NULL OR duplicate_distance IS NOT NULL;
    CREATE INDEX articles_by_group ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entry TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT,
        country TEXT,
        admin1 TEXT,
        lat REAL,
        lon REAL,
        UNIQUE (kind, entry)
    );
    CREATE TABLE mentions (
        article INTEGER NOT NULL,
        id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        entity INTEGER,
        value TEXT,
        PRIMARY KEY (article, id)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_by_entity ON mentions(entity, article) WHERE entity IS NOT NULL;
    CREATE TABLE events (
        article INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        day TEXT,
        date TEXT,
        trigger TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        negated INTEGER NOT NULL,
        hedged INTEGER NOT NULL,
        dead INTEGER,
        injured INTEGER,
        source_phrase TEXT,
        located INTEGER NOT NULL,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE INDEX events_by_day ON events(day);
    CREATE INDEX events_by_type ON events(type, day);
    CREATE TABLE event_roles (
        article INTEGER NOT NULL,
        event INTEGER NOT NULL,
        role TEXT NOT NULL,
        mention INTEGER NOT NULL,
        entity INTEGER
    );
    CREATE INDEX event_roles_by_event ON event_roles(article, event);
    CREATE INDEX event_roles_by_entity ON event_roles(entity, role) WHERE entity IS NOT NULL;
    CREATE TABLE claims (
        article INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT NOT NULL,
        speaker_text TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE TABLE claim_speakers (
        article INTEGER NOT NULL,
        claim INTEGER NOT NULL,
        entity INTEGER NOT NULL
    );
    CREATE INDEX claim_speakers_by_entity ON claim_speakers(entity);
    ",
    // 2: new rows keep `articles.analysis` as LZ4-compressed JSON, a BLOB (`analysis.rs`);
    // rows written before keep their JSON text, read as it is. No table changes: the
    // version is there so that an older marsad, which reads the column as text only,
    // refuses the store with a clear message instead of failing on its first article.
    "-- analysis: compressed JSON",
    // 3: new rows keep `articles.analysis` packed (`packed.rs`); rows written before keep
    // their JSON or compressed JSON, read as they are. Again no table changes: the version
    // makes an older marsad refuse the store rather than fail on a packed cell.
    "-- analysis: packed",
];

/// The indexes that only queries read and that a new row enters at a random place (events
/// by day and type; mentions, roles and speakers by entity), as migration 1 made them. An
/// ingest never looks rows up by them, so a bulk load into an empty store builds them once
/// at its end ([`create_query_indexes`]): every transaction of the load rewrote most of
/// their pages in the WAL, a third of the bytes an ingest wrote. (`event_roles_by_event`
/// stays: its rows come in key order, so a load only appends to it.)
const QUERY_INDEXES: &[(&str, &str)] = &[
    ("mentions_by_entity", "mentions(entity, article) WHERE entity IS NOT NULL"),
    ("events_by_day", "events(day)"),
    ("events_by_type", "events(type, day)"),
    ("event_roles_by_entity", "event_roles(entity, role) WHERE entity IS NOT NULL"),
    ("claim_speakers_by_entity", "claim_speakers(entity)"),
];

/// Whether any query index is missing (a bulk load put them off, and did not end).
pub fn query_indexes_missing(connection: &Connection) -> rusqlite::Result<bool> {
    let mut statement =
        connection.prepare_cached("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1")?;
    for (name, _) in QUERY_INDEXES {
        if statement.query_row([name], |row| row.get::<_, i64>(0))? == 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Drops the query indexes, in one transaction.
pub fn drop_query_indexes(connection: &mut Connection) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    for (name, _) in QUERY_INDEXES {
        transaction.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    transaction.commit()
}

/// Builds the query indexes that are missing, in one transaction: all of them or none.
pub fn create_query_indexes(connection: &mut Connection) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    for (name, on) in QUERY_INDEXES {
        transaction.execute_batch(&format!("CREATE INDEX IF NOT EXISTS {name} ON {on}"))?;
    }
    transaction.commit()
}

/// The version a store has once every migration has run.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

/// The database's schema version.
pub fn version(connection: &Connection) -> rusqlite::Result<u32> {
    connection.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Runs the migrations after `from`, each with its version bump in one transaction, so a
/// crash leaves the database at one version or the next, never between.
pub fn migrate(connection: &mut Connection, from: u32) -> rusqlite::Result<()> {
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(migration)?;
        transaction.pragma_update(None, "user_version", index as u32 + 1)?;
        transaction.commit()?;
    }
    Ok(())
}
