//! Analysis records as event tables, for people who work in spreadsheets, GIS and ACLED-style
//! pipelines.
//!
//! - [`row`]: one [`EventRow`] per event of a record, with ACLED-like columns ([`COLUMNS`]): the
//!   date and how precise it is, the PLOVER type with its ACLED event and sub-event type, the
//!   actors, the place on the map and how precise it is, the dead, who claims it, and the
//!   sentence it was read from.
//! - [`geojson`]: the rows that have a place with coordinates, as a GeoJSON FeatureCollection.
//! - [`jsonl`]: one flat JSON object per row.
//!
//! Pure and deterministic: no I/O, and no panic on any record, even one whose mention, claim
//! or sentence references point nowhere (those columns are left empty). Writing CSV is left to
//! the caller: the columns and their order are [`COLUMNS`], and [`EventRow`] serialises with
//! serde in that order.

#[cfg(test)]
mod fixture;
pub mod geojson;
pub mod jsonl;
pub mod row;

pub use geojson::{feature, feature_collection};
pub use jsonl::json_line;
pub use row::{event_rows, EventRow, COLUMNS};

/// What can go wrong when a row is written out.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write an event row as JSON: {0}")]
    Json(#[from] serde_json::Error),
}
