//! The page URL as a share link: `?a=13-2072&b=43-4131&state=MD` (or `&area=0014460`) names
//! the pair and the place. Other query parameters and the hash are kept as they are.

use web_sys::UrlSearchParams;

/// The pair and place a link names; empty values are `None`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Selection {
    pub a: Option<String>,
    pub b: Option<String>,
    /// USPS code, upper case.
    pub state: Option<String>,
    /// OEWS area code (7 digits); when set, `state` is not.
    pub area: Option<String>,
}

impl Selection {
    /// The selection with pay for `place`: a 7-digit OEWS area code, a USPS state code (any
    /// case), or national (`None`).
    pub fn with_place(mut self, place: Option<String>) -> Self {
        let place = non_empty(place);
        let is_area = place.as_deref().is_some_and(career_schema::is_area_code);
        self.area = place.clone().filter(|_| is_area);
        self.state = place.filter(|_| !is_area).map(|s| s.to_ascii_uppercase());
        self
    }
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Reads the selection from a query string such as `?a=13-2072&b=43-4131&state=md`.
pub fn parse_query(search: &str) -> Selection {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return Selection::default();
    };
    Selection {
        a: non_empty(params.get("a")),
        b: non_empty(params.get("b")),
        state: None,
        area: None,
    }
    // an area is the more precise place, if a link names both
    .with_place(non_empty(params.get("area")).or_else(|| non_empty(params.get("state"))))
}

/// The selection in the current page URL.
pub fn current() -> Selection {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse_query(&search)
}

/// `href` naming the selection instead of what it named (its other parameters kept).
pub fn link_from(href: &str, sel: &Selection) -> Option<String> {
    let url = web_sys::Url::new(href).ok()?;
    let params = url.search_params();
    for (key, value) in [
        ("a", &sel.a),
        ("b", &sel.b),
        ("state", &sel.state),
        ("area", &sel.area),
    ] {
        match value {
            Some(v) => params.set(key, v),
            None => params.delete(key),
        }
    }
    let search = params.to_string().as_string().unwrap_or_default();
    url.set_search(&search);
    Some(url.href())
}

/// The page URL naming the selection: the comparison's share link.
pub fn link(sel: &Selection) -> Option<String> {
    link_from(&web_sys::window()?.location().href().ok()?, sel)
}

/// Writes the selection into the page URL: a new history entry when `push`, else replacing
/// the current one. Does nothing when the URL already says the same.
pub fn write(sel: &Selection, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Some(new_href) = link_from(&href, sel) else {
        return;
    };
    if new_href == href {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&new_href))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&new_href))
    };
}
