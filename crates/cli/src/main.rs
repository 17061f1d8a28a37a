//! `marsad`: reads Arabic conflict news and prints source-attributed structure.
//!
//! Commands: `analyze` (articles → analysis records, CONTRACT.md), `export` (records or
//! articles → event tables: CSV, GeoJSON, JSON Lines), `tokens` (what the text engine sees in a
//! text, for a person debugging) and `bench` (the text engine's speed); the corpus commands
//! `ingest` (articles → store and search index) and `search`, `events`, `actors`, `places`,
//! `sources`, `duplicates`, `stats` (questions to the store).

mod analyze;
mod bench;
mod bench_search;
mod export;
mod ingest;
mod json;
mod lexicon;
mod query;
mod resolve;
mod serve;
mod tokens;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use marsad_store::EntityKind;

/// The analysis allocates a few small strings and vectors per mention and per match on every
/// thread; mimalloc serves those from per-thread pages, where the system allocator spends a
/// tenth of the analysis time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    about = "Arabic conflict news → actors, places, dates, events and claims, each tied to the text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze articles and print one JSON record per article (CONTRACT.md), in input order.
    ///
    /// Reads .txt files (the whole file is the body), .jsonl / .jsonl.gz files (fields id,
    /// text, title, source, url, published), folders (recursively) and `-` for standard
    /// input. Problems with the input are reported on standard error, one line each, and the
    /// run goes on; the exit code is 3 when some input was skipped.
    Analyze {
        /// Files, folders, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles whose input carries none.
        #[arg(long, value_parser = analyze::parse_date)]
        published: Option<String>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Print the events of analysis records as CSV, GeoJSON or JSON Lines, one row per event.
    ///
    /// Reads the output of `marsad analyze` (.jsonl / .jsonl.gz files, or standard input,
    /// whose first line is a record) or articles, anything `analyze` reads, which are
    /// analyzed first. Columns: event_id, event_date, time_precision, plover_type, mode,
    /// acled_event_type, acled_sub_event_type, actor1, actor2, location, admin1, country,
    /// latitude, longitude, geo_precision, fatalities, claimed_by, negated, hedged, source,
    /// url, article_id, evidence. GeoJSON holds the events whose place has coordinates. Bad
    /// input lines are reported as file:line and skipped; the exit code is then 3.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: export::Format,
        /// Files, folders, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles and records that carry none.
        #[arg(long, value_parser = analyze::parse_date)]
        published: Option<String>,
    },
    /// Show tokens, clitic segments, folded forms and stems of a text (`-` reads stdin).
    Tokens {
        text: String,
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check the lexicon data, look a name up, or count the entries.
    Lexicon {
        #[command(subcommand)]
        command: LexiconCommand,
    },
    /// Measure the text engine (fold, tokenize, segment, sentences), the recognizers and analyze on a
    /// corpus, single-threaded.
    Bench {
        /// A .jsonl(.gz) corpus, such as ../shared/corpus/ant-v2.1.jsonl.gz.
        path: PathBuf,
        /// Use at most this many articles.
        #[arg(long)]
        limit: Option<usize>,
        /// Passes over the corpus; the best pass is reported.
        #[arg(long, default_value_t = 3)]
        passes: usize,
        /// Run only the stages whose name starts with this (fold, tokenize, segment, …).
        #[arg(long)]
        stage: Option<String>,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Serve a store's JSON API (GET /api/openapi.json lists it) and web UI over HTTP.
    Serve {
        /// The store folder (store.sqlite and index/), made by `marsad ingest`.
        #[arg(long, default_value = "marsad-data")]
        db: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = marsad_server::ServerConfig::DEFAULT_ADDR)]
        addr: std::net::SocketAddr,
        /// Bearer token for POST /api/ingest (default: $MARSAD_TOKEN); read-only without one.
        #[arg(long)]
        token: Option<String>,
    },
    /// Time searches: each line of a query file (`query<TAB>source<TAB>from<TAB>to`, filters
    /// optional) run once against the index in --db; prints mean, p50, p90, p99, max latency.
    BenchSearch {
        /// The query list, one a line.
        #[arg(long)]
        queries: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Read articles into a corpus store: analyzed, grouped with their duplicates, indexed.
    ///
    /// Reads what `analyze` reads, and HTML pages, TREC <DOC> files, RSS/Atom feeds and WARC
    /// archives (gzipped or not). Re-reading the same input adds nothing; a killed run, run
    /// again, stores every article once. Lines an outlet repeats across its articles
    /// (boilerplate) are removed unless --keep-boilerplate is given.
    Ingest {
        /// Files, folders, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
        /// Publication date (YYYY-MM-DD) for articles whose input carries none.
        #[arg(long, value_parser = analyze::parse_date)]
        published: Option<String>,
        /// Keep the lines an outlet repeats across its articles.
        #[arg(long)]
        keep_boilerplate: bool,
    },
    /// Search the stored articles: words, "phrases", AND / OR / NOT, -word, (groups).
    ///
    /// Words match whatever their spelling, clitics and suffixes (أمريكية finds أميركية,
    /// الأمريكية, وللأمريكية). Hits come with a snippet, matches marked ⟦so⟧.
    Search {
        query: String,
        #[command(flatten)]
        filters: query::CommonFilters,
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, default_value_t = 0)]
        offset: usize,
    },
    /// List stored events, newest first, by actor, target, type, place, day, source, speaker.
    Events {
        #[command(flatten)]
        filters: query::EventFilters,
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, default_value_t = 0)]
        offset: usize,
    },
    /// The actors of the corpus, most mentioned first, with their events and claims.
    Actors {
        /// Only this type (armed_group, state_military, person …).
        #[arg(long = "type")]
        actor_type: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// The places of the corpus, most mentioned first.
    Places {
        /// Only this scale (town, village, region, country …).
        #[arg(long = "type")]
        scale: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Per outlet: articles, events, claims, first and last day.
    Sources {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// The largest groups of articles that copy one another.
    Duplicates {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Counts of what the store holds.
    Stats {
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// Where the corpus store is, and how to print: every query command takes these.
#[derive(clap::Args)]
struct StoreArgs {
    /// The store folder (made by `marsad ingest`).
    #[arg(long, default_value = "marsad-data")]
    db: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum LexiconCommand {
    /// Validate every data file; problems are printed as file:line: message.
    Check,
    /// What an Arabic string resolves to, and why.
    Lookup { name: String },
    /// Entries per type and per country.
    Stats,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Analyze { paths, published, jobs } => analyze::run(&paths, published, jobs),
        Command::Export { format, paths, published } => export::run(format, &paths, published),
        Command::Tokens { text, json } => tokens::run(&text, json),
        Command::Lexicon { command } => match command {
            LexiconCommand::Check => lexicon::check(),
            LexiconCommand::Lookup { name } => lexicon::lookup(&name),
            LexiconCommand::Stats => lexicon::stats(),
        },
        Command::Bench { path, limit, passes, stage, json } => {
            bench::run(&path, limit, passes, stage.as_deref(), json)
        }
        Command::BenchSearch { queries, store } => bench_search::run(&store.db, &queries, store.json),
        Command::Ingest { paths, store, published, keep_boilerplate } => {
            let options =
                ingest::IngestOptions { db: store.db, published, keep_boilerplate, json: store.json };
            ingest::run(&paths, &options)
        }
        Command::Search { query, filters, store, limit, offset } => {
            query::search(&store.db, &query, &filters, limit, offset, store.json)
        }
        Command::Events { filters, store, limit, offset } => {
            query::events(&store.db, &filters, limit, offset, store.json)
        }
        Command::Actors { actor_type, store, limit } => {
            query::entities(&store.db, EntityKind::Actor, actor_type, limit, store.json)
        }
        Command::Places { scale, store, limit } => {
            query::entities(&store.db, EntityKind::Place, scale, limit, store.json)
        }
        Command::Sources { store } => query::sources(&store.db, store.json),
        Command::Duplicates { store, limit } => query::duplicates(&store.db, limit, store.json),
        Command::Stats { store } => query::stats(&store.db, store.json),
        Command::Serve { db, addr, token } => serve::run(db, addr, token),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("marsad: {error:#}");
            ExitCode::FAILURE
        }
    }
}
