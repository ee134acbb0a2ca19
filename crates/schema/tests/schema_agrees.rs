//! The widget's decoder and the published JSON Schema (schemars, from the same declarations,
//! as the dataset builder writes `data/schema/*.schema.json`) describe the same format: for
//! every object type, the same fields and the same required ones; and every `FieldKey` names
//! fields a profession has.

use career_schema::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn schemas() -> [Value; 5] {
    [
        schemars::schema_for!(DatasetIndex),
        schemars::schema_for!(Profession),
        schemars::schema_for!(TitleIndex),
        schemars::schema_for!(AreaIndex),
        schemars::schema_for!(AreaPay),
    ]
    .map(|s| serde_json::to_value(s).unwrap())
}

fn names<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    items.into_iter().map(String::from).collect()
}

/// Every object type of a schema (the file's own, named by its title, and each of `$defs`
/// that is an object, not an enum or an array such as `PayRow`): its name and schema.
fn objects(schema: &Value) -> Vec<(String, &Value)> {
    let mut out = vec![(schema["title"].as_str().unwrap().to_string(), schema)];
    if let Some(defs) = schema["$defs"].as_object() {
        out.extend(
            defs.iter()
                .filter(|(_, s)| s["type"] == "object")
                .map(|(name, s)| (name.clone(), s)),
        );
    }
    out
}

#[test]
fn decoder_reads_the_fields_the_json_schema_declares() {
    let mut checked = BTreeSet::new();
    for schema in &schemas() {
        for (name, s) in objects(schema) {
            let decoder = decode::OBJECTS
                .iter()
                .find(|o| o.object == name)
                .unwrap_or_else(|| panic!("the decoder lists no fields for {name}"));
            let properties = names(
                s["properties"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(|k| k.as_str()),
            );
            let required = names(
                s["required"]
                    .as_array()
                    .map_or(&[][..], |a| a)
                    .iter()
                    .map(|v| v.as_str().unwrap()),
            );
            assert_eq!(
                names(decoder.names.iter().copied()),
                properties,
                "{name}: fields"
            );
            assert_eq!(
                decoder.names.len(),
                properties.len(),
                "{name}: a field listed twice"
            );
            assert_eq!(
                names(decoder.required.iter().copied()),
                required,
                "{name}: required fields"
            );
            assert_eq!(
                s["additionalProperties"], false,
                "{name} rejects unknown fields"
            );
            checked.insert(name);
        }
    }
    for o in decode::OBJECTS {
        assert!(
            checked.contains(o.object),
            "{} is in no JSON Schema",
            o.object
        );
    }
}

/// The object schema a property's schema refers to (`$ref`, or `$ref` or null), if any.
fn target<'a>(root: &'a Value, property: &'a Value) -> Option<&'a Value> {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()?
            .iter()
            .find_map(|v| v["$ref"].as_str())
    })?;
    Some(&root["$defs"][reference.strip_prefix("#/$defs/")?])
}

#[test]
fn every_field_key_names_fields_of_a_profession() {
    let [_, profession, ..] = schemas();
    // keys that name a group of figures rather than one field: their parent path must exist
    let groups = [FieldKey::PayHourly, FieldKey::Race];
    for key in FieldKey::ALL {
        let path: Vec<&str> = key.as_str().split('.').collect();
        let fields = if groups.contains(&key) {
            &path[..path.len() - 1]
        } else {
            &path[..]
        };
        let mut object = &profession;
        for (i, field) in fields.iter().enumerate() {
            let property = &object["properties"][field];
            assert!(
                property.is_object(),
                "{key:?}: no field {field} in {}",
                key.as_str()
            );
            if i + 1 < fields.len() {
                object = target(&profession, property)
                    .unwrap_or_else(|| panic!("{key:?}: {field} is not an object"));
            }
        }
    }
}
