//! Ingesting articles: fingerprint, decide, analyze, store, index — a batch at a time.

use std::collections::HashMap;

use marsad_dedup::{Fingerprint, NearDuplicates};
use marsad_model::Article;
use marsad_store::{Duplicate, DuplicateKind, IndexableArticle, NewArticle, Store, StoreError};
use rayon::prelude::*;

use crate::search_sink::SearchSink;

/// Articles analyzed and written together: one store transaction each. A transaction
/// writes every page it changed to the WAL once, and the index pages of the mention, event
/// and role tables are changed by nearly every batch: 512 a batch instead of 256 wrote 16%
/// fewer bytes for ANT (1,024: 28% fewer, but a longer pipeline start and end, and more
/// memory), with the same instructions.
pub const BATCH: usize = 512;

/// Articles added to the index between two commits. A commit writes a segment, so fewer is
/// slower; more means more to index again after a crash.
const COMMIT_EVERY: usize = 8192;

/// Articles read from the store a step when the index catches up with it.
const CATCH_UP_STEP: usize = 512;

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("search index: {0}")]
    Index(Box<dyn std::error::Error + Send + Sync>),
}

/// What became of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Stored and analyzed under `key`.
    New { key: u64 },
    /// Stored under `key` as a copy of the group's first article.
    Duplicate { key: u64, of: Duplicate },
    /// The same id and content are stored already: nothing added.
    AlreadyStored,
    /// The id is stored already with another text: not added (the stored one stays).
    ChangedText,
}

/// Counts of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestSummary {
    pub read: u64,
    pub new: u64,
    pub duplicates: u64,
    pub near_duplicates: u64,
    pub already_stored: u64,
    pub changed_text: u64,
    /// Stored articles the index did not hold yet when the run began (after a crash).
    pub indexed_on_open: u64,
    /// Bytes of text read.
    pub bytes: u64,
}

impl IngestSummary {
    fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::New { .. } => self.new += 1,
            Outcome::Duplicate { of: Duplicate { kind: DuplicateKind::Exact, .. }, .. } => {
                self.duplicates += 1
            }
            Outcome::Duplicate { .. } => self.near_duplicates += 1,
            Outcome::AlreadyStored => self.already_stored += 1,
            Outcome::ChangedText => self.changed_text += 1,
        }
    }
}

/// A store, the search index that follows it, and the near-duplicate detector over it.
pub struct Corpus<S: Store, I: SearchSink> {
    store: S,
    index: I,
    near: NearDuplicates,
    next_key: u64,
    /// The largest key added to the index since its last commit.
    uncommitted: Option<u64>,
    added_since_commit: usize,
    indexed_on_open: u64,
}

impl<S: Store, I: SearchSink> Corpus<S, I> {
    /// Opens a corpus over `store` and `index`, indexing what the store holds above the
    /// index's watermark.
    pub fn open(store: S, index: I) -> Result<Self, CorpusError> {
        let mut near = NearDuplicates::new();
        for (key, simhash) in store.simhashes()? {
            near.insert(key, simhash);
        }
        let next_key = store.next_key()?;
        let mut corpus = Corpus {
            store,
            index,
            near,
            next_key,
            uncommitted: None,
            added_since_commit: 0,
            indexed_on_open: 0,
        };
        corpus.indexed_on_open = corpus.catch_up()?;
        Ok(corpus)
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn index(&self) -> &I {
        &self.index
    }

    /// The store and the index, once committed.
    pub fn into_parts(mut self) -> Result<(S, I), CorpusError> {
        self.commit()?;
        Ok((self.store, self.index))
    }

    /// Indexes the stored articles above the index's watermark; returns how many.
    fn catch_up(&mut self) -> Result<u64, CorpusError> {
        let mut after = self.index.watermark();
        let mut count = 0;
        loop {
            let articles = self.store.indexable_after(after, CATCH_UP_STEP)?;
            let Some(last) = articles.last().map(|article| article.key) else { break };
            for article in &articles {
                self.add_to_index(article)?;
            }
            count += articles.len() as u64;
            after = Some(last);
        }
        if count > 0 {
            self.commit()?;
        }
        Ok(count)
    }

    /// Ingests `articles`, calling `progress` after each batch; commits the index at the end.
    ///
    /// Batches are pipelined: while one batch is analyzed (on every core), the batch before
    /// it is written to the store and the index. Writes stay in key order, one transaction a
    /// batch, so a killed run leaves the store as [`Corpus::ingest_batch`] would. It is a
    /// bulk load for the store ([`Store::begin_bulk_load`]), ended even when a batch fails.
    pub fn ingest(
        &mut self,
        articles: impl Iterator<Item = Article>,
        progress: impl FnMut(&IngestSummary),
    ) -> Result<IngestSummary, CorpusError>
    where
        S: Send,
        I: Send,
    {
        self.store.begin_bulk_load()?;
        let summary = match self.ingest_pipelined(articles, progress) {
            Ok(summary) => summary,
            Err(error) => {
                // The store's own work is still done; the error is what the caller hears of.
                let _ = self.store.end_bulk_load();
                return Err(error);
            }
        };
        // The store's deferred work and the index's last segment, on two cores at once.
        let Corpus { store, index, uncommitted, added_since_commit, .. } = self;
        let (ended, committed) =
            rayon::join(|| store.end_bulk_load(), || commit_index(index, uncommitted, added_since_commit));
        ended?;
        committed?;
        Ok(summary)
    }

    fn ingest_pipelined(
        &mut self,
        articles: impl Iterator<Item = Article>,
        mut progress: impl FnMut(&IngestSummary),
    ) -> Result<IngestSummary, CorpusError>
    where
        S: Send,
        I: Send,
    {
        let mut summary = IngestSummary { indexed_on_open: self.indexed_on_open, ..IngestSummary::default() };
        let mut analyzed: Vec<NewArticle> = Vec::new();
        let mut batch = Vec::with_capacity(BATCH);
        let mut articles = articles.peekable();
        while let Some(article) = articles.next() {
            batch.push(article);
            if batch.len() == BATCH || articles.peek().is_none() {
                summary.read += batch.len() as u64;
                summary.bytes += batch.iter().map(|article| article.text.len() as u64).sum::<u64>();
                let (outcomes, to_store) =
                    self.fingerprint_and_decide(std::mem::take(&mut batch), &analyzed)?;
                let previous = std::mem::take(&mut analyzed);
                let (next, written) =
                    rayon::join(|| analyze_all(to_store), || self.write_and_index(&previous));
                written?;
                analyzed = next;
                for outcome in outcomes {
                    summary.count(outcome);
                }
                progress(&summary);
            }
        }
        self.write_and_index(&analyzed)?;
        Ok(summary)
    }

    /// Ingests one batch: stored in one transaction, added to the index (committed every
    /// [`COMMIT_EVERY`] articles). Returns what became of each article, in order.
    pub fn ingest_batch(&mut self, batch: Vec<Article>) -> Result<Vec<Outcome>, CorpusError> {
        let (outcomes, to_store) = self.fingerprint_and_decide(batch, &[])?;
        self.write_and_index(&analyze_all(to_store))?;
        Ok(outcomes)
    }

    /// Fingerprints a batch (in parallel) and decides what each article is, knowing the
    /// articles of `unwritten`, decided but not stored yet.
    fn fingerprint_and_decide(
        &mut self,
        batch: Vec<Article>,
        unwritten: &[NewArticle],
    ) -> Result<(Vec<Outcome>, Vec<NewArticle>), CorpusError> {
        let fingerprints: Vec<Fingerprint> =
            batch.par_iter().map(|article| Fingerprint::of(&article.text)).collect();
        self.decide(batch, &fingerprints, unwritten)
    }

    /// Stores analyzed articles in one transaction and adds them to the index, committing it
    /// every [`COMMIT_EVERY`] articles.
    fn write_and_index(&mut self, stored: &[NewArticle]) -> Result<(), CorpusError> {
        if stored.is_empty() {
            return Ok(());
        }
        self.store.write(stored)?;
        for article in stored {
            if let Some(record) = &article.record {
                self.add_to_index(&IndexableArticle::of(article.key, record))?;
            }
        }
        if self.added_since_commit >= COMMIT_EVERY {
            self.commit()?;
        }
        Ok(())
    }

    /// What each article is, with the articles to store (not yet analyzed).
    fn decide(
        &mut self,
        batch: Vec<Article>,
        fingerprints: &[Fingerprint],
        unwritten: &[NewArticle],
    ) -> Result<(Vec<Outcome>, Vec<NewArticle>), CorpusError> {
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut to_store = Vec::with_capacity(batch.len());
        // Contents (to their group's key) and ids of articles the store does not hold yet.
        let mut batch_contents: HashMap<[u8; 16], u64> = HashMap::new();
        let mut batch_ids: HashMap<(Option<String>, String), [u8; 16]> = HashMap::new();
        for article in unwritten {
            let group = article.duplicate.map_or(article.key, |duplicate| duplicate.of);
            batch_contents.entry(article.content).or_insert(group);
            batch_ids.insert((article.article.source.clone(), article.article.id.clone()), article.content);
        }
        for (article, fingerprint) in batch.into_iter().zip(fingerprints) {
            let content = fingerprint.content.0;
            let id = (article.source.clone(), article.id.clone());
            let stored = match batch_ids.get(&id) {
                Some(found) => Some(*found),
                None => self.store.stored_content(article.source.as_deref(), &article.id)?,
            };
            if let Some(stored) = stored {
                outcomes.push(if stored == content { Outcome::AlreadyStored } else { Outcome::ChangedText });
                continue;
            }
            let key = self.next_key;
            self.next_key += 1;
            let original = match batch_contents.get(&content) {
                Some(key) => Some(*key),
                None => self.store.key_of_content(&content)?,
            };
            let duplicate = match original {
                Some(of) => Some(Duplicate { of, kind: DuplicateKind::Exact }),
                None => self.near_duplicate(key, fingerprint.simhash),
            };
            if original.is_none() {
                batch_contents.insert(content, duplicate.map_or(key, |duplicate| duplicate.of));
            }
            batch_ids.insert(id, content);
            outcomes.push(match duplicate {
                Some(of) => Outcome::Duplicate { key, of },
                None => Outcome::New { key },
            });
            to_store.push(NewArticle {
                key,
                article,
                content,
                simhash: fingerprint.simhash,
                duplicate,
                record: None,
            });
        }
        Ok((outcomes, to_store))
    }

    /// The near-duplicate of a new text, which then joins the detector under its group's
    /// first article: a near copy of a near copy joins the same group, groups do not chain.
    fn near_duplicate(&mut self, key: u64, simhash: Option<u64>) -> Option<Duplicate> {
        let simhash = simhash?;
        let found = self.near.nearest(simhash);
        self.near.insert(found.map_or(key, |(group, _)| group), simhash);
        found.map(|(of, distance)| Duplicate { of, kind: DuplicateKind::Near { distance } })
    }

    fn add_to_index(&mut self, article: &IndexableArticle) -> Result<(), CorpusError> {
        self.index.add(article).map_err(|err| CorpusError::Index(Box::new(err)))?;
        self.uncommitted = Some(article.key);
        self.added_since_commit += 1;
        Ok(())
    }

    /// Commits the index up to the last article added.
    pub fn commit(&mut self) -> Result<(), CorpusError> {
        commit_index(&mut self.index, &mut self.uncommitted, &mut self.added_since_commit)
    }
}

/// Commits `index` up to `uncommitted`, the last article added, if any.
fn commit_index<I: SearchSink>(
    index: &mut I,
    uncommitted: &mut Option<u64>,
    added_since_commit: &mut usize,
) -> Result<(), CorpusError> {
    if let Some(watermark) = uncommitted.take() {
        index.commit(watermark).map_err(|err| CorpusError::Index(Box::new(err)))?;
        *added_since_commit = 0;
    }
    Ok(())
}

/// Analyzes the articles that are not exact copies, in parallel, keeping their order.
fn analyze_all(articles: Vec<NewArticle>) -> Vec<NewArticle> {
    articles
        .into_par_iter()
        .map(|mut article| {
            let is_exact_copy =
                matches!(article.duplicate, Some(Duplicate { kind: DuplicateKind::Exact, .. }));
            if !is_exact_copy {
                let text = std::mem::take(&mut article.article.text);
                article.record = Some(marsad_extract::analyze(Article { text, ..article.article.clone() }));
            } else {
                article.article.text.clear();
            }
            article
        })
        .collect()
}
