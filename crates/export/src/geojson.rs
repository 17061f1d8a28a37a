//! Event rows on a map: a GeoJSON (RFC 7946) FeatureCollection of Point features.
//!
//! Only events with a place that has coordinates become features; the others would sit at
//! no point, and GeoJSON has no way to say "somewhere". Coordinates are `[longitude,
//! latitude]`, as RFC 7946 orders them; the properties are the row's columns.

use serde_json::{Map, Value};

use crate::row::EventRow;
use crate::ExportError;

/// The feature of `row`, or `None` when the row has no (finite) coordinates.
pub fn feature(row: &EventRow) -> Result<Option<Value>, ExportError> {
    let (Some(lat), Some(lon)) = (row.latitude, row.longitude) else {
        return Ok(None);
    };
    if !(lat.is_finite() && lon.is_finite()) {
        return Ok(None);
    }
    let geometry = object([("type", "Point".into()), ("coordinates", Value::from(vec![lon, lat]))]);
    let properties = serde_json::to_value(row)?;
    Ok(Some(object([("type", "Feature".into()), ("geometry", geometry), ("properties", properties)])))
}

/// The FeatureCollection of the rows that have coordinates, in the rows' order.
pub fn feature_collection<'a>(rows: impl IntoIterator<Item = &'a EventRow>) -> Result<Value, ExportError> {
    let mut features = Vec::new();
    for row in rows {
        features.extend(feature(row)?);
    }
    Ok(object([("type", "FeatureCollection".into()), ("features", Value::Array(features))]))
}

/// A JSON object of the given members (built by hand: `json!` unwraps inside).
fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(members.into_iter().map(|(key, value)| (key.to_string(), value)).collect::<Map<_, _>>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{acled_table, sample_record};
    use crate::row::event_rows;

    #[test]
    fn events_without_coordinates_are_left_off_the_map() {
        let rows = event_rows(&sample_record(), &acled_table());
        let collection = feature_collection(&rows).unwrap();
        assert_eq!(collection["type"], "FeatureCollection");
        let features = collection["features"].as_array().unwrap();
        // The appeal (third event) has no place.
        let ids: Vec<_> = features.iter().map(|f| f["properties"]["event_id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["wire-17-0", "wire-17-1"]);
        let strike = &features[0];
        assert_eq!(strike["type"], "Feature");
        assert_eq!(strike["geometry"]["type"], "Point");
        assert_eq!(strike["geometry"]["coordinates"], Value::from(vec![38.25, 35.12]));
        assert_eq!(strike["properties"]["claimed_by"], "مصادر أهلية");
        assert_eq!(strike["properties"]["fatalities"], 4);
        assert_eq!(strike["properties"].as_object().unwrap().len(), crate::COLUMNS.len());
    }

    #[test]
    fn a_place_without_coordinates_or_with_broken_ones_is_no_feature() {
        let mut row = event_rows(&sample_record(), &acled_table()).remove(0);
        row.longitude = None;
        assert_eq!(feature(&row).unwrap(), None);
        row.longitude = Some(f64::NAN);
        assert_eq!(feature(&row).unwrap(), None);
        let empty = feature_collection(&[]).unwrap();
        assert_eq!(empty["features"], Value::Array(Vec::new()));
    }
}
