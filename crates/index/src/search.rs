//! Searching: a request (query, filters, page) in, scored hits with snippets out.
//!
//! The parsed [`Query`] becomes a tantivy query over the title and the text (a word matches
//! in either; the title weighs more), and each filter a clause that must hold but adds nothing
//! to the score. Hits are ordered by BM25 score, then by key, highest first (the newest row of
//! the store among equals), so paging is stable.

use std::ops::Bound;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query as EngineQuery,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::analyzer::with_thread_analyzer;
use crate::highlight::{counted_snippet, pattern_keys, ranges_of, CharRange, Snippet};
use crate::index::{engine, IndexError, SearchIndex};
use crate::query::{parse, Query};
use crate::schema::{day_number, Fields, KEY_FIELD};
use crate::stepwise::Stepwise;

/// How much more a match in the title counts than one in the text.
const TITLE_BOOST: Score = 2.0;
/// The most hits one page may hold.
pub const MAX_LIMIT: usize = 1_000;
/// The deepest page start: collecting the top `offset + limit` hits costs memory in
/// proportion, so paging stops here (as search engines' result windows do).
pub const MAX_OFFSET: usize = 10_000;
/// The snippet width when the request does not say.
pub const DEFAULT_SNIPPET_CHARS: usize = 200;

/// What to search for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// In the query language of [`crate::query`]; empty for every article (filters apply).
    pub query: String,
    pub filters: Filters,
    /// Hits to skip (paging), at most [`MAX_OFFSET`] (or the number of articles).
    pub offset: usize,
    /// Hits to return, at most [`MAX_LIMIT`]; 0 counts only.
    pub limit: usize,
    /// About how many characters a snippet shows.
    pub snippet_chars: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filters: Filters::default(),
            offset: 0,
            limit: 10,
            snippet_chars: DEFAULT_SNIPPET_CHARS,
        }
    }
}

impl SearchRequest {
    /// The first page of hits for `query`, unfiltered.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest { query: query.into(), ..Self::default() }
    }
}

/// Filters: each one given must hold, and within a list every key must (an article about
/// both actors, not either).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The source, exactly as indexed.
    pub source: Option<String>,
    /// First day, `YYYY-MM-DD`, inclusive. With a range, articles without a date are left out.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// Canonical actor keys.
    pub actors: Vec<String>,
    /// Place keys.
    pub places: Vec<String>,
    /// PLOVER event types.
    pub event_types: Vec<String>,
}

/// One page of hits and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// One article found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub key: u64,
    pub article_id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub score: Score,
    pub snippet: Snippet,
    /// The matches in the title, in characters.
    pub title_highlights: Vec<CharRange>,
}

/// All match ranges of `query` in `text` (an article's whole text), in characters: what the
/// web UI highlights when it shows an article.
pub fn match_ranges(query: &str, text: &str) -> Result<Vec<CharRange>, IndexError> {
    with_thread_analyzer(|analyzer| {
        let patterns = parse(query, analyzer)?.highlighted();
        Ok(ranges_of(analyzer, text, &patterns))
    })
}

impl SearchIndex {
    /// Runs `request`.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, IndexError> {
        let parsed = with_thread_analyzer(|analyzer| parse(&request.query, analyzer))?;
        let query = self.engine_query(&parsed, &request.filters)?;
        let searcher = self.reader.searcher();
        let docs = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let limit = request.limit.min(MAX_LIMIT);
        let offset = request.offset.min(docs);
        if offset > MAX_OFFSET {
            return Err(IndexError::PageTooDeep { offset, max: MAX_OFFSET });
        }
        if limit == 0 {
            let total = searcher.search(&query, &Count).map_err(engine("counting"))?;
            return Ok(SearchResults { total, hits: Vec::new() });
        }
        let top = TopDocs::with_limit(limit).and_offset(offset).tweak_score(score_then_key);
        let (total, top) = searcher.search(&query, &(Count, top)).map_err(engine("searching"))?;
        let patterns = parsed.highlighted();
        let addresses: Vec<DocAddress> = top.iter().map(|(_, address)| *address).collect();
        let counts = self.key_counts(&searcher, &pattern_keys(&patterns), &addresses)?;
        let hits = top
            .into_iter()
            .zip(&counts)
            .map(|(((score, _), address), counts)| {
                self.hit(&searcher, address, score, &patterns, counts, request.snippet_chars)
            })
            .collect::<Result<_, _>>()?;
        Ok(SearchResults { total, hits })
    }

    /// The whole tantivy query: the text query and the filters.
    fn engine_query(&self, parsed: &Query, filters: &Filters) -> Result<Box<dyn EngineQuery>, IndexError> {
        let mut clauses = vec![(Occur::Must, compile(parsed, &self.fields))];
        for filter in filter_queries(&self.fields, filters)? {
            let unscored: Box<dyn EngineQuery> = Box::new(ConstScoreQuery::new(filter, 0.0));
            clauses.push((Occur::Must, unscored));
        }
        Ok(if clauses.len() == 1 { clauses.remove(0).1 } else { Box::new(BooleanQuery::new(clauses)) })
    }

    fn hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: Score,
        patterns: &[Vec<(usize, String)>],
        counts: &[u32],
        snippet_chars: usize,
    ) -> Result<Hit, IndexError> {
        let doc: TantivyDocument = searcher.doc(address).map_err(engine("reading a document"))?;
        let text_of = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        let text = text_of(self.fields.text).unwrap_or_default();
        let title = text_of(self.fields.title);
        let (snippet, title_highlights) = with_thread_analyzer(|analyzer| {
            let title_ranges = title.as_deref().map(|t| ranges_of(analyzer, t, patterns)).unwrap_or_default();
            (counted_snippet(analyzer, &text, patterns, snippet_chars, Some(counts)), title_ranges)
        });
        Ok(Hit {
            key: doc.get_first(self.fields.key).and_then(|v| v.as_u64()).unwrap_or_default(),
            article_id: text_of(self.fields.article_id).unwrap_or_default(),
            title,
            source: text_of(self.fields.source),
            published: text_of(self.fields.published),
            score,
            snippet,
            title_highlights,
        })
    }
}

impl SearchIndex {
    /// How many times each of `keys` occurs in the text of each of `hits` (`[hit][key]`),
    /// read from the postings: a snippet then stops reading its article after the last
    /// occurrence. Each key's postings are opened once a segment, the hits sought in order.
    fn key_counts(
        &self,
        searcher: &Searcher,
        keys: &[&str],
        hits: &[DocAddress],
    ) -> Result<Vec<Vec<u32>>, IndexError> {
        let mut counts = vec![vec![0; keys.len()]; hits.len()];
        let mut order: Vec<usize> = (0..hits.len()).collect();
        order.sort_by_key(|&i| (hits[i].segment_ord, hits[i].doc_id));
        for (k, key) in keys.iter().enumerate() {
            let term = Term::from_field_text(self.fields.text, key);
            let mut open: Option<(u32, Option<SegmentPostings>)> = None;
            for &i in &order {
                let DocAddress { segment_ord, doc_id } = hits[i];
                if open.as_ref().is_none_or(|(segment, _)| *segment != segment_ord) {
                    let inverted = searcher
                        .segment_reader(segment_ord)
                        .inverted_index(self.fields.text)
                        .map_err(engine("reading postings"))?;
                    let postings = inverted
                        .read_postings(&term, IndexRecordOption::WithFreqs)
                        .map_err(|error| engine("reading postings")(error.into()))?;
                    open = Some((segment_ord, postings));
                }
                if let Some((_, Some(postings))) = open.as_mut() {
                    if postings.doc() <= doc_id && postings.seek(doc_id) == doc_id {
                        counts[i][k] = postings.term_freq();
                    }
                }
            }
        }
        Ok(counts)
    }
}

/// The sort key of a hit: its score, then its key. Reading the key column cannot fail for
/// this schema; were it missing, every key reads as 0 and ties fall back to tantivy's order.
fn score_then_key(segment: &SegmentReader) -> impl Fn(tantivy::DocId, Score) -> (Score, u64) {
    let keys = segment.fast_fields().u64(KEY_FIELD).ok().map(|column| column.first_or_default_col(0));
    move |doc, score| (score, keys.as_ref().map_or(0, |keys| keys.get_val(doc)))
}

/// The tantivy query of a parsed query.
fn compile(query: &Query, fields: &Fields) -> Box<dyn EngineQuery> {
    match query {
        Query::All => Box::new(AllQuery),
        Query::Term(key) => in_title_or_text(fields, |field| {
            Box::new(TermQuery::new(Term::from_field_text(field, key), IndexRecordOption::WithFreqs))
        }),
        Query::Phrase(terms) => in_title_or_text(fields, |field| {
            let terms = terms.iter().map(|(at, key)| (*at, Term::from_field_text(field, key))).collect();
            Box::new(PhraseQuery::new_with_offset(terms))
        }),
        Query::And(parts) => {
            let mut clauses: Vec<(Occur, Box<dyn EngineQuery>)> = parts
                .iter()
                .map(|part| match part {
                    Query::Not(negated) => (Occur::MustNot, excluded(negated, fields)),
                    _ => (Occur::Must, compile(part, fields)),
                })
                .collect();
            if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            Box::new(BooleanQuery::new(clauses))
        }
        Query::Or(alternatives) => Box::new(BooleanQuery::new(
            alternatives.iter().map(|alternative| (Occur::Should, compile(alternative, fields))).collect(),
        )),
        Query::Not(negated) => Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(AllQuery)),
            (Occur::MustNot, excluded(negated, fields)),
        ])),
    }
}

/// The tantivy query of a `NOT` clause (see [`Stepwise`] for why it is wrapped).
fn excluded(negated: &Query, fields: &Fields) -> Box<dyn EngineQuery> {
    Box::new(Stepwise(compile(negated, fields)))
}

/// `make` over the title (boosted) or the text.
fn in_title_or_text(fields: &Fields, make: impl Fn(Field) -> Box<dyn EngineQuery>) -> Box<dyn EngineQuery> {
    let title: Box<dyn EngineQuery> = Box::new(BoostQuery::new(make(fields.title), TITLE_BOOST));
    Box::new(BooleanQuery::new(vec![(Occur::Should, title), (Occur::Should, make(fields.text))]))
}

/// The filters as queries, each of which must match.
fn filter_queries(fields: &Fields, filters: &Filters) -> Result<Vec<Box<dyn EngineQuery>>, IndexError> {
    let exact = |field: Field, value: &str| -> Box<dyn EngineQuery> {
        Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
    };
    let mut queries = Vec::new();
    if let Some(source) = &filters.source {
        queries.push(exact(fields.source, source));
    }
    if filters.from.is_some() || filters.to.is_some() {
        let from = filters.from.as_deref().map(strict_day).transpose()?.unwrap_or(0);
        let to = filters.to.as_deref().map(strict_day).transpose()?.unwrap_or(u64::MAX);
        queries.push(Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_u64(fields.day, from)),
            Bound::Included(Term::from_field_u64(fields.day, to)),
        )));
    }
    let keyed = [
        (fields.actor, &filters.actors),
        (fields.place, &filters.places),
        (fields.event_type, &filters.event_types),
    ];
    for (field, keys) in keyed {
        queries.extend(keys.iter().map(|key| exact(field, key)));
    }
    Ok(queries)
}

/// A filter date: exactly `YYYY-MM-DD`.
fn strict_day(value: &str) -> Result<u64, IndexError> {
    let bad = || IndexError::BadDate { value: value.to_string() };
    if value.len() != 10 {
        return Err(bad());
    }
    day_number(value).ok_or_else(bad)
}
