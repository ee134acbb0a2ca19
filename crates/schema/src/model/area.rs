//! Local pay (schema version 3): `areas.json` lists the OEWS metropolitan and nonmetropolitan
//! areas, and `areas/{code}.json` holds one area's pay for every profession BLS publishes
//! there. Neither is needed before a national comparison: the list comes with the place
//! picker, an area's file when a person picks that area.

use super::{HourlyWages, TextMap, Wage, WageStats};
use crate::from_json::FromJson;
use crate::json::{self, Error, Reader};
use serde::{Deserialize, Serialize};

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

dataset_struct! {
    /// `areas.json`: every area pay can be shown for, besides the nation and the states.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AreaIndex {
        /// 3 or later (areas came with version 3).
        pub schema_version: u32,
        /// The source id (in `index.json` `sources`) the area figures come from.
        pub source: String,
        /// In code order; codes are unique.
        pub areas: Vec<Area>,
    }
}

dataset_struct! {
    /// An OEWS area: a metropolitan statistical area (or NECTA) or a nonmetropolitan area.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Area {
        /// The 7-digit OEWS area code, e.g. "0014460"; its pay is `areas/{code}.json`.
        pub code: String,
        /// The OEWS name, e.g. "Boston-Cambridge-Newton, MA-NH".
        pub name: String,
        /// USPS codes of the states it lies in, the one OEWS files it under first (the state
        /// whose pay fills in where the area has none).
        pub states: Vec<String>,
        pub kind: AreaKind,
    }
}

/// Which kind of OEWS area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    Metropolitan,
    Nonmetropolitan,
}

impl FromJson for AreaKind {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        match &*r.string()? {
            "metropolitan" => Ok(AreaKind::Metropolitan),
            "nonmetropolitan" => Ok(AreaKind::Nonmetropolitan),
            other => Err(Error::shape(
                [
                    "unknown variant `",
                    other,
                    "`, expected `metropolitan` or `nonmetropolitan`",
                ]
                .concat(),
            )),
        }
    }
}

dataset_struct! {
    /// `areas/{code}.json`: one area's pay, all industries, for each profession with a
    /// published figure there.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AreaPay {
        /// 3 or later.
        pub schema_version: u32,
        pub area: Area,
        /// The source id the figures come from, e.g. "oews-2025".
        pub source: String,
        /// What each row's items are, in order: exactly [`PAY_ROW_COLUMNS`].
        pub columns: Vec<String>,
        /// One row per profession, keyed by SOC code.
        pub pay: TextMap<PayRow>,
    }
}

/// The items of a [`PayRow`], in order, named as the [`WageStats`] fields they fill.
pub const PAY_ROW_COLUMNS: [&str; 9] = [
    "employment",
    "annual.p10",
    "annual.p25",
    "annual.median",
    "annual.p75",
    "annual.p90",
    "annual.mean",
    "hourly.median",
    "hourly.mean",
];

/// One profession's pay in one area, written as an array in [`PAY_ROW_COLUMNS`] order
/// rather than as a [`WageStats`] object: the figures of a whole area then fit the area
/// file size budget (docs/performance.md). Each item is a number, `null` where BLS
/// publishes no figure, or a [`Wage`] object where it is top-coded (`at_least`); trailing
/// `null`s are left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PayRow(pub WageStats);

/// One item of a row as serde sees it (the builder's side).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Item {
    Number(f64),
    Wage(Wage),
}

impl PayRow {
    /// The wages in column order (after employment).
    fn wages(&self) -> [Option<Wage>; 8] {
        let (a, h) = (&self.0.annual, self.0.hourly.clone().unwrap_or_default());
        [
            a.p10, a.p25, a.median, a.p75, a.p90, a.mean, h.median, h.mean,
        ]
    }

    /// The row from its items (employment first); `None` for an item that is not a figure of
    /// its column's kind.
    fn from_items(employment: Option<u64>, w: [Option<Wage>; 8]) -> PayRow {
        let hourly = HourlyWages {
            median: w[6],
            mean: w[7],
        };
        let hourly = (hourly != HourlyWages::default()).then_some(hourly);
        PayRow(WageStats {
            annual: super::AnnualWages {
                p10: w[0],
                p25: w[1],
                median: w[2],
                p75: w[3],
                p90: w[4],
                mean: w[5],
            },
            hourly,
            employment,
        })
    }
}

fn wage_item(w: Option<Wage>) -> Option<Item> {
    w.map(|w| {
        if w.at_least {
            Item::Wage(w)
        } else {
            Item::Number(w.usd)
        }
    })
}

impl Serialize for PayRow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut items: Vec<Option<Item>> = vec![self.0.employment.map(|e| Item::Number(e as f64))];
        items.extend(self.wages().into_iter().map(wage_item));
        while items.last().is_some_and(|i| i.is_none()) {
            items.pop();
        }
        items.serialize(s)
    }
}

impl<'de> Deserialize<'de> for PayRow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let items = Vec::<Option<Item>>::deserialize(d)?;
        if items.len() > PAY_ROW_COLUMNS.len() {
            return Err(D::Error::invalid_length(items.len(), &"at most 9 items"));
        }
        let mut it = items.into_iter();
        let employment = match it.next().flatten() {
            Some(Item::Number(n)) if n >= 0.0 && n.fract() == 0.0 => Some(n as u64),
            Some(_) => return Err(D::Error::custom("employment must be a whole number")),
            None => None,
        };
        let mut w = [None; 8];
        for (slot, item) in w.iter_mut().zip(it) {
            *slot = item.map(|i| match i {
                Item::Number(usd) => Wage::exact(usd),
                Item::Wage(w) => w,
            });
        }
        Ok(PayRow::from_items(employment, w))
    }
}

impl FromJson for PayRow {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        r.begin_array()?;
        let mut employment = None;
        let mut w = [None; 8];
        let mut k = 0;
        while r.next_item(k == 0)? {
            let item = (|| {
                if r.null()? {
                    return Ok(());
                }
                match k {
                    0 => employment = Some(u64::read(r)?),
                    1..=8 if r.at_object() => w[k - 1] = Some(Wage::read(r)?),
                    1..=8 => w[k - 1] = Some(Wage::exact(r.f64()?)),
                    _ => return Err(Error::shape("at most 9 items (PAY_ROW_COLUMNS)".into())),
                }
                Ok(())
            })();
            item.map_err(|e: Error| e.in_item(k))?;
            k += 1;
        }
        Ok(PayRow::from_items(employment, w))
    }
}

#[cfg(feature = "json-schema")]
impl JsonSchema for PayRow {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PayRow".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        use super::{Bound, ANNUAL_USD, EMPLOYMENT, HOURLY_USD};
        let wage = generator.subschema_for::<Wage>();
        let mut items = vec![schemars::json_schema!({
            "description": "employment",
            "anyOf": [{ "type": "integer", "minimum": 0, "maximum": Bound(EMPLOYMENT.max) },
                      { "type": "null" }]
        })];
        for name in &PAY_ROW_COLUMNS[1..] {
            let r = if name.starts_with("hourly") {
                HOURLY_USD
            } else {
                ANNUAL_USD
            };
            items.push(schemars::json_schema!({
                "description": name,
                "anyOf": [{ "type": "number", "minimum": Bound(r.min), "maximum": Bound(r.max) },
                          wage, { "type": "null" }]
            }));
        }
        schemars::json_schema!({
            "description": "Figures in the order of `columns` (PAY_ROW_COLUMNS): a number, null where BLS publishes none, or a Wage object where it is top-coded; trailing nulls are left out.",
            "type": "array",
            "prefixItems": items,
            "items": false
        })
    }
}
