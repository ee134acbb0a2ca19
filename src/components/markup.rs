//! Small non-generic builders for virtual DOM nodes. `html!` expands every element into its own
//! inlined construction code (attribute boxes, child vectors, conversions); views that build many
//! elements call these shared functions instead, which makes the wasm much smaller. The DOM they
//! build is the same: attributes are set in the order given (as `html!` does, `class` last).

use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, VList, VNode, VTag, VText};
use yew::{AttrValue, Html};

/// A list of attributes known at compile time: `attrs!("class" = "cc-x", "role" = "img")`.
macro_rules! attrs {
    ($($k:literal = $v:literal),* $(,)?) => {
        &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*]
    };
}
pub(crate) use attrs;

/// Attributes whose values are computed: `keys[i]` is set to `values[i]`, or left out when `None`.
#[inline(never)]
pub fn computed_attributes(
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: values
            .into_iter()
            .map(|v| v.map(AttributeOrProperty::Attribute))
            .collect(),
    }
}

/// Attributes known at compile time (see [`attrs`]).
pub type Static = &'static [(&'static str, AttributeOrProperty)];

/// An element (not `input` or `textarea`) with fixed attributes.
#[inline(never)]
pub fn element(tag: &'static str, attributes: Static, children: Html) -> Html {
    tag_node(tag, None, Attributes::Static(attributes), children)
}

/// A keyed element with fixed attributes.
#[inline(never)]
pub fn keyed_element(tag: &'static str, key: Key, attributes: Static, children: Html) -> Html {
    tag_node(tag, Some(key), Attributes::Static(attributes), children)
}

/// An element with computed attributes (see [`computed_attributes`]).
#[inline(never)]
pub fn element_with(
    tag: &'static str,
    key: Option<Key>,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    children: Html,
) -> Html {
    tag_node(tag, key, computed_attributes(keys, values), children)
}

/// An element (not `input` or `textarea`).
#[inline(never)]
pub fn tag_node(
    tag: &'static str,
    key: Option<Key>,
    attributes: Attributes,
    children: Html,
) -> Html {
    let mut node = VTag::new(AttrValue::Static(tag));
    node.key = key;
    node.attributes = attributes;
    // the children as given (a list stays one list), as `html!` nests them
    if let Some(slot) = node.children_mut() {
        *slot = children;
    }
    node.into()
}

/// Children: a list of nodes.
#[inline(never)]
pub fn list(children: Vec<Html>) -> Html {
    VList::with_children(children, None).into()
}

/// A text node with fixed text.
#[inline(never)]
pub fn text(text: &'static str) -> Html {
    VText::new(AttrValue::Static(text)).into()
}

/// No node (what `html! {}` gives).
#[inline(never)]
pub fn nothing() -> Html {
    VNode::default()
}

/// `<rect x y width height class>`, as `html!` writes a rect whose class is computed.
#[inline(never)]
pub fn rect(
    class: &'static str,
    x: AttrValue,
    y: &'static str,
    width: AttrValue,
    height: &'static str,
) -> Html {
    element_with(
        "rect",
        None,
        &["x", "y", "width", "height", "class"],
        vec![
            Some(x),
            Some(AttrValue::Static(y)),
            Some(width),
            Some(AttrValue::Static(height)),
            Some(AttrValue::Static(class)),
        ],
        nothing(),
    )
}
