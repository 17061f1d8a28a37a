//! The pipelined `Corpus::ingest` (a batch analyzed while the one before it is written)
//! decides exactly what batch-at-a-time ingesting decides, across batch boundaries too:
//! a copy, a re-read id and a changed text in the batch after their first article, while
//! that first article is not yet written.

use marsad_corpus::{Corpus, IndexSink, Outcome, BATCH};
use marsad_model::Article;
use marsad_store::{DuplicateKind, SqliteStore, Store};

/// A text of its own for each seed: distinct words, long enough for a SimHash.
fn text(seed: usize) -> String {
    (0..60).map(|word| format!("w{seed}x{word}")).collect::<Vec<_>>().join(" ")
}

fn article(id: usize, text: String) -> Article {
    Article { id: format!("a{id}"), source: Some("wire".into()), text, ..Article::default() }
}

/// Two and a half batches, where the second batch copies, re-reads and changes articles of
/// the first.
fn articles() -> Vec<Article> {
    let mut articles: Vec<Article> = (0..BATCH * 5 / 2).map(|id| article(id, text(id))).collect();
    articles[BATCH + 1].text = text(0); // an exact copy of the first batch's first article
    articles[BATCH + 2] = article(10, text(10)); // the same id and text: nothing added
    articles[BATCH + 3] = article(20, text(999_999)); // the same id, another text: kept out
    articles
}

fn corpus() -> Corpus<SqliteStore, IndexSink> {
    Corpus::open(SqliteStore::open_in_memory().unwrap(), IndexSink::in_ram().unwrap()).unwrap()
}

#[test]
fn pipelined_ingest_decides_as_batch_at_a_time_ingest_does() {
    let mut pipelined = corpus();
    let summary = pipelined.ingest(articles().into_iter(), |_| {}).unwrap();

    let mut one_by_one = corpus();
    let mut outcomes = Vec::new();
    for batch in articles().chunks(BATCH) {
        outcomes.extend(one_by_one.ingest_batch(batch.to_vec()).unwrap());
    }
    one_by_one.commit().unwrap();

    assert_eq!(outcomes[BATCH + 2], Outcome::AlreadyStored);
    assert_eq!(outcomes[BATCH + 3], Outcome::ChangedText);
    let Outcome::New { key: first } = outcomes[0] else { panic!("{:?}", outcomes[0]) };
    assert!(
        matches!(outcomes[BATCH + 1], Outcome::Duplicate { of, .. } if of.of == first && of.kind == DuplicateKind::Exact),
        "{:?}",
        outcomes[BATCH + 1]
    );
    assert_eq!((summary.duplicates, summary.already_stored, summary.changed_text), (1, 1, 1));
    assert_eq!(summary.new as usize, articles().len() - 3);

    let (store_a, store_b) = (pipelined.store(), one_by_one.store());
    assert_eq!(store_a.stats().unwrap(), store_b.stats().unwrap());
    assert_eq!(store_a.duplicate_groups(10).unwrap(), store_b.duplicate_groups(10).unwrap());
    assert_eq!(pipelined.index().index().watermark(), one_by_one.index().index().watermark());
}
