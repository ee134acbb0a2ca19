//! [`dataset_struct!`]: one declaration per dataset object type, from which serde (the builder),
//! schemars (the JSON Schema) and the widget's own decoder all take their field lists, and the
//! JSON Schema and the validator their numeric fields' ranges.

use super::FieldRange;

/// The fields of one JSON object type, as the widget's decoder reads it: every name it
/// accepts, in the order the dataset builder writes them, and those it requires (the rest may
/// be absent and then take their default); and the range of each numeric field, which the
/// validator checks. A test checks these against the JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ObjectFields {
    /// The type's name, as the JSON Schema's `$defs` (or its `title`, for a file) has it.
    pub object: &'static str,
    pub names: &'static [&'static str],
    pub required: &'static [&'static str],
    pub ranges: &'static [FieldRange],
}

/// Declares a dataset struct: the struct as written, with serde's `Serialize`, `Deserialize`
/// and `deny_unknown_fields` and schemars' `JsonSchema` added; `ObjectFields` (`T::FIELDS`);
/// and the widget's `FromJson` reader. A field is required unless its first attribute after
/// its doc comment is `#[serde(default ...)]`, exactly as serde reads it. After that, a numeric
/// field names its range, a `Range` const of `model`: `#[range(PERCENT)]`, or
/// `#[usd_range(ANNUAL_USD)]` for a field holding a `Wage`, whose `usd` the range limits. The
/// range goes into the JSON Schema as `minimum` and `maximum` and into `T::FIELDS.ranges`.
macro_rules! dataset_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        dataset_struct!(@fields [$(#[$meta])*] $name [] [] [] [] $($body)*);
    };

    // A field with `#[serde(default ...)]` may be absent.
    (@fields $meta:tt $name:ident $out:tt $done:tt [$($req:ident)*] $ranges:tt
        $(#[doc = $doc:literal])*
        #[serde(default $($how:tt)*)]
        $(#[range($r:ident)])?
        $(#[usd_range($u:ident)])?
        pub $field:ident : $ty:ty
        $(, $($rest:tt)*)?
    ) => {
        dataset_struct!(@field $meta $name $out $done [$($req)*] $ranges
            [$(#[doc = $doc])* #[serde(default $($how)*)]] [$($r)?] [$($u)?]
            ($field default) [$ty] [$($($rest)*)?]);
    };
    // Any other field is required.
    (@fields $meta:tt $name:ident $out:tt $done:tt [$($req:ident)*] $ranges:tt
        $(#[doc = $doc:literal])*
        $(#[range($r:ident)])?
        $(#[usd_range($u:ident)])?
        pub $field:ident : $ty:ty
        $(, $($rest:tt)*)?
    ) => {
        dataset_struct!(@field $meta $name $out $done [$($req)* $field] $ranges
            [$(#[doc = $doc])*] [$($r)?] [$($u)?]
            ($field required) [$ty] [$($($rest)*)?]);
    };
    // One field, required or not: its attributes with its range as the JSON Schema's bounds,
    // its name in the field list, its range in `FIELDS.ranges`; then the rest.
    (@field $meta:tt $name:ident [$($out:tt)*] [$($done:tt)*] $req:tt [$($ranges:tt)*]
        [$($attrs:tt)*] [$($r:ident)?] [$($u:ident)?] ($field:ident $kind:ident) [$ty:ty]
        [$($rest:tt)*]
    ) => {
        dataset_struct!(
            @fields $meta $name
            [
                $($out)*
                $($attrs)*
                $(#[cfg_attr(feature = "json-schema", schemars(extend(
                    "minimum" = $crate::model::Bound($crate::model::$r.min),
                    "maximum" = $crate::model::Bound($crate::model::$r.max)
                )))])?
                $(#[cfg_attr(feature = "json-schema", schemars(extend("properties" = {
                    "usd": {
                        "minimum": $crate::model::Bound($crate::model::$u.min),
                        "maximum": $crate::model::Bound($crate::model::$u.max)
                    }
                })))])?
                pub $field: $ty,
            ]
            [$($done)* ($field $kind)] $req
            [
                $($ranges)*
                $($crate::model::FieldRange {
                    field: stringify!($field),
                    range: $crate::model::$r,
                },)?
                $($crate::model::FieldRange {
                    field: concat!(stringify!($field), ".usd"),
                    range: $crate::model::$u,
                },)?
            ]
            $($rest)*
        );
    };
    // Every field seen: the struct, the field list and the reader.
    (@fields [$($meta:tt)*] $name:ident [$($out:tt)*] [$(($field:ident $kind:ident))*]
        [$($req:ident)*] [$($ranges:tt)*]) => {
        $($meta)*
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "json-schema", derive(::schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($out)* }

        impl $name {
            /// This type's JSON fields, as the widget's decoder reads them.
            pub const FIELDS: $crate::model::ObjectFields = $crate::model::ObjectFields {
                object: stringify!($name),
                names: &[$(stringify!($field)),*],
                required: &[$(stringify!($req)),*],
                ranges: &[$($ranges)*],
            };
        }
        impl $crate::from_json::FromJson for $name {
            fn read(r: &mut $crate::json::Reader<'_>) -> $crate::json::Result<Self> {
                $(let mut $field = None;)*
                $crate::from_json::fields(r, Self::FIELDS.names, |r, i| {
                    // the field numbered `i` in `names`
                    let mut k = 0;
                    $(
                        if i == k {
                            return $crate::from_json::field(r, &mut $field, stringify!($field));
                        }
                        k += 1;
                    )*
                    let _ = k;
                    Ok(())
                })?;
                Ok($name {
                    $($field: dataset_struct!(@take $kind $field),)*
                })
            }
        }
    };

    (@take required $field:ident) => {
        $crate::from_json::required($field, stringify!($field))?
    };
    (@take default $field:ident) => {
        $field.unwrap_or_default()
    };
}
