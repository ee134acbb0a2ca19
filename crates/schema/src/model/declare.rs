//! [`dataset_struct!`]: one declaration per dataset object type, from which serde (the builder),
//! schemars (the JSON Schema) and the widget's own decoder all take their field lists.

/// The fields of one JSON object type, as the widget's decoder reads it: every name it
/// accepts, in the order the dataset builder writes them, and those it requires (the rest may
/// be absent and then take their default). A test checks these against the JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObjectFields {
    /// The type's name, as the JSON Schema's `$defs` (or its `title`, for a file) has it.
    pub object: &'static str,
    pub names: &'static [&'static str],
    pub required: &'static [&'static str],
}

/// Declares a dataset struct: the struct as written, with serde's `Serialize`, `Deserialize`
/// and `deny_unknown_fields` and schemars' `JsonSchema` added; `ObjectFields` (`T::FIELDS`);
/// and the widget's `FromJson` reader. A field is required unless its first attribute after
/// its doc comment is `#[serde(default ...)]`, exactly as serde reads it.
macro_rules! dataset_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        $(#[$meta])*
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "json-schema", derive(::schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($body)* }

        dataset_struct!(@fields $name [] [] $($body)*);
    };

    // A field with `#[serde(default ...)]` may be absent.
    (@fields $name:ident [$($done:tt)*] [$($req:ident)*]
        $(#[doc = $doc:literal])*
        #[serde(default $($how:tt)*)]
        $(#[$attr:meta])*
        pub $field:ident : $ty:ty
        $(, $($rest:tt)*)?
    ) => {
        dataset_struct!(
            @fields $name [$($done)* ($field default)] [$($req)*] $($($rest)*)?
        );
    };
    // Any other field is required.
    (@fields $name:ident [$($done:tt)*] [$($req:ident)*]
        $(#[$attr:meta])*
        pub $field:ident : $ty:ty
        $(, $($rest:tt)*)?
    ) => {
        dataset_struct!(
            @fields $name [$($done)* ($field required)] [$($req)* $field] $($($rest)*)?
        );
    };
    // Every field seen: the field list and the reader.
    (@fields $name:ident [$(($field:ident $kind:ident))*] [$($req:ident)*]) => {
        impl $name {
            /// This type's JSON fields, as the widget's decoder reads them.
            pub const FIELDS: $crate::model::ObjectFields = $crate::model::ObjectFields {
                object: stringify!($name),
                names: &[$(stringify!($field)),*],
                required: &[$(stringify!($req)),*],
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
