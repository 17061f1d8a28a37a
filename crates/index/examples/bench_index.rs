//! Indexes a corpus of articles (gzipped JSON Lines: id, source, title, published, text) into
//! an index on disk, then runs about a thousand typical queries and prints index time, MB/s,
//! query latency (p50, p99) and peak memory.
//!
//! ```text
//! cargo run --release -p marsad-index --example bench_index -- [corpus.jsonl.gz] [--queries N]
//! ```
//!
//! The queries are made from the corpus itself: frequent words (the very most frequent, which
//! are function words, left out), pairs of them, frequent bigrams as phrases, ORs, and some of
//! each with a filter. The corpus has no entity keys, so the actor, place and event-type
//! filters run on synthetic keys: a place or actor key when its name occurs in the text, and
//! an event type drawn from the article id.

use std::collections::HashMap;
use std::io::BufRead;
use std::time::{Duration, Instant};

use marsad_index::{Filters, IndexDoc, SearchIndex, SearchRequest};
use marsad_text::token::{tokenize, TokenKind};
use serde::Deserialize;

const DEFAULT_CORPUS: &str = "/work/shared/corpus/ant-v2.1.jsonl.gz";
const WRITER_HEAP: usize = 400_000_000;

#[derive(Deserialize)]
struct Article {
    id: String,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: String,
}

/// An article with its synthetic filter keys.
struct Prepared {
    article: Article,
    actors: Vec<String>,
    places: Vec<String>,
    event_types: Vec<String>,
}

const PLACES: &[(&str, &str)] = &[
    ("دمشق", "damascus"),
    ("بغداد", "baghdad"),
    ("حلب", "aleppo"),
    ("القاهرة", "cairo"),
    ("بيروت", "beirut"),
];
const ACTORS: &[(&str, &str)] =
    &[("حزب الله", "hezbollah"), ("الأمم المتحدة", "un"), ("ترامب", "trump"), ("داعش", "isis")];
const EVENT_TYPES: &[&str] = &["ASSAULT", "PROTEST", "CONSULT", "AID", "COERCE"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = args.iter().find(|a| !a.starts_with("--")).map_or(DEFAULT_CORPUS, String::as_str);
    let query_count = flag_value(&args, "--queries").unwrap_or(1_000);

    let started = Instant::now();
    let articles = read_corpus(corpus)?;
    let text_bytes: usize =
        articles.iter().map(|p| p.article.text.len() + p.article.title.as_ref().map_or(0, String::len)).sum();
    println!(
        "read {} articles, {:.1} MB of text, in {:.2} s",
        articles.len(),
        text_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    let dir = tempfile::tempdir()?;
    let index = SearchIndex::open_or_create(dir.path())?;
    let indexing = Instant::now();
    let mut writer = index.writer(WRITER_HEAP)?;
    for (row, prepared) in articles.iter().enumerate() {
        writer.add(&index_doc(row as u64 + 1, prepared))?;
    }
    writer.commit(articles.len() as u64)?;
    let index_seconds = indexing.elapsed().as_secs_f64();
    let merging = Instant::now();
    writer.finish()?;
    index.reload()?;
    println!(
        "indexed {} docs in {:.2} s ({:.1} MB/s); merges after the commit {:.2} s; index {:.1} MB on disk",
        index.doc_count(),
        index_seconds,
        text_bytes as f64 / 1e6 / index_seconds,
        merging.elapsed().as_secs_f64(),
        folder_bytes(dir.path()) as f64 / 1e6
    );

    let requests = make_requests(&articles, query_count);
    // A first pass warms the page cache and the analyzer's word cache, as a running server has.
    for request in requests.iter().take(100) {
        index.search(request)?;
    }
    let mut latencies = Vec::with_capacity(requests.len());
    let mut by_kind: HashMap<&str, Vec<Duration>> = HashMap::new();
    let mut total_hits = 0usize;
    for request in &requests {
        let started = Instant::now();
        let results = index.search(request)?;
        let elapsed = started.elapsed();
        latencies.push(elapsed);
        by_kind.entry(kind_of(request)).or_default().push(elapsed);
        total_hits += results.total;
    }
    report_latencies("all", &mut latencies, total_hits);
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort_by_key(|(kind, _)| *kind);
    for (kind, mut latencies) in kinds {
        report_latencies(kind, &mut latencies, 0);
    }
    println!("peak RSS {:.0} MB", peak_rss_kb() as f64 / 1024.0);
    Ok(())
}

fn flag_value(args: &[String], flag: &str) -> Option<usize> {
    let at = args.iter().position(|a| a == flag)?;
    args.get(at + 1)?.parse().ok()
}

fn read_corpus(path: &str) -> Result<Vec<Prepared>, Box<dyn std::error::Error>> {
    let file = std::fs::File::open(path)?;
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
    let mut articles = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article: Article = serde_json::from_str(&line)?;
        articles.push(prepare(article));
    }
    Ok(articles)
}

fn prepare(article: Article) -> Prepared {
    let keys_present = |table: &[(&str, &str)]| -> Vec<String> {
        table.iter().filter(|(name, _)| article.text.contains(name)).map(|(_, key)| key.to_string()).collect()
    };
    let places = keys_present(PLACES);
    let actors = keys_present(ACTORS);
    let drawn = article.id.bytes().map(usize::from).sum::<usize>() % EVENT_TYPES.len();
    let event_types = vec![EVENT_TYPES[drawn].to_string()];
    Prepared { article, actors, places, event_types }
}

fn index_doc(key: u64, prepared: &Prepared) -> IndexDoc<'_> {
    let article = &prepared.article;
    IndexDoc {
        key,
        article_id: &article.id,
        source: article.source.as_deref(),
        published: article.published.as_deref(),
        title: article.title.as_deref(),
        text: &article.text,
        actors: &prepared.actors,
        places: &prepared.places,
        event_types: &prepared.event_types,
    }
}

/// A small deterministic generator, so every run asks the same queries.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Frequent words (ranks 50 to 1,050) and frequent bigrams (ranks 20 to 520).
fn vocabulary(articles: &[Prepared]) -> (Vec<String>, Vec<String>) {
    let mut words: HashMap<&str, usize> = HashMap::new();
    let mut bigrams: HashMap<(&str, &str), usize> = HashMap::new();
    for prepared in articles.iter().step_by(4) {
        let text = &prepared.article.text;
        let tokens = tokenize(text);
        let mut previous: Option<&str> = None;
        for token in &tokens {
            let word = token.text(text);
            if token.kind != TokenKind::Word || word.chars().count() < 3 {
                previous = None;
                continue;
            }
            *words.entry(word).or_default() += 1;
            if let Some(before) = previous {
                *bigrams.entry((before, word)).or_default() += 1;
            }
            previous = Some(word);
        }
    }
    let ranked_words = ranked(words).into_iter().skip(50).take(1_000).map(str::to_string).collect();
    let ranked_bigrams =
        ranked(bigrams).into_iter().skip(20).take(500).map(|(a, b)| format!("\"{a} {b}\"")).collect();
    (ranked_words, ranked_bigrams)
}

fn ranked<K: Ord + Copy>(counts: HashMap<K, usize>) -> Vec<K> {
    let mut pairs: Vec<(K, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs.into_iter().map(|(k, _)| k).collect()
}

/// The query mix: a quarter single words, then pairs, triples, phrases, ORs, and a tenth
/// with a filter.
fn make_requests(articles: &[Prepared], count: usize) -> Vec<SearchRequest> {
    let (words, bigrams) = vocabulary(articles);
    let sources: Vec<String> = {
        let mut all: Vec<String> = articles.iter().filter_map(|p| p.article.source.clone()).collect();
        all.sort();
        all.dedup();
        all
    };
    let mut random = Lcg(7);
    let word = |random: &mut Lcg| words[random.below(words.len())].clone();
    (0..count)
        .map(|i| {
            let query = match i % 20 {
                0..=4 => word(&mut random),
                5..=8 => format!("{} {}", word(&mut random), word(&mut random)),
                9..=10 => format!("{} {} {}", word(&mut random), word(&mut random), word(&mut random)),
                11..=14 => bigrams[random.below(bigrams.len())].clone(),
                15..=17 => format!("{} OR {}", word(&mut random), word(&mut random)),
                _ => word(&mut random),
            };
            let filters = if i % 10 == 9 { some_filter(&mut random, &sources) } else { Filters::default() };
            SearchRequest { filters, ..SearchRequest::new(query) }
        })
        .collect()
}

fn some_filter(random: &mut Lcg, sources: &[String]) -> Filters {
    match random.below(5) {
        0 => Filters { source: sources.get(random.below(sources.len())).cloned(), ..Filters::default() },
        1 => Filters { from: Some("2018-01-01".into()), to: Some("2018-06-30".into()), ..Filters::default() },
        2 => Filters { places: vec![PLACES[random.below(PLACES.len())].1.into()], ..Filters::default() },
        3 => Filters { actors: vec![ACTORS[random.below(ACTORS.len())].1.into()], ..Filters::default() },
        _ => Filters {
            event_types: vec![EVENT_TYPES[random.below(EVENT_TYPES.len())].into()],
            ..Filters::default()
        },
    }
}

/// What kind of query a request is, for the latency table.
fn kind_of(request: &SearchRequest) -> &'static str {
    let query = &request.query;
    if request.filters != Filters::default() {
        "filtered word"
    } else if query.starts_with('"') {
        "phrase"
    } else if query.contains(" OR ") {
        "OR of two words"
    } else {
        ["one word", "two words", "three words"][query.split(' ').count().clamp(1, 3) - 1]
    }
}

fn report_latencies(kind: &str, latencies: &mut [Duration], total_hits: usize) {
    latencies.sort_unstable();
    let at = |q: f64| {
        let index = ((latencies.len() as f64 * q).ceil() as usize).saturating_sub(1);
        latencies.get(index).map_or(0.0, |d| d.as_secs_f64() * 1e3)
    };
    let mean = latencies.iter().map(Duration::as_secs_f64).sum::<f64>() / latencies.len().max(1) as f64;
    let hits = if total_hits > 0 {
        format!("; {:.0} hits per query", total_hits as f64 / latencies.len().max(1) as f64)
    } else {
        String::new()
    };
    println!(
        "{kind:>16}: {} queries (top 10 with snippets): p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, mean {:.2} ms{hits}",
        latencies.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0),
        mean * 1e3,
    );
}

fn folder_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}

/// The peak resident set of this process (Linux), in kB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}
