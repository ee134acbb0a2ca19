//! The "Pay for" select: national pay, or one state's.

use crate::shared::Shared;
use career_schema::DatasetIndex;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub index: Shared<DatasetIndex>,
    /// USPS code, or `None` for national.
    pub place: Option<AttrValue>,
    pub on_change: Callback<Option<String>>,
    /// Said under the select when a profession falls back to national pay.
    pub note: Option<AttrValue>,
}

#[function_component(PlacePicker)]
pub fn place_picker(props: &Props) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_change.emit((!v.is_empty()).then_some(v));
        })
    };
    let current = props.place.as_deref().unwrap_or("");
    // The `selected` attributes only set the initial choice; keep the live value in step too
    // (back/forward, swap of the URL).
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with(current.to_string(), move |current| {
            if let Some(el) = select_ref.cast::<HtmlSelectElement>() {
                if el.value() != *current {
                    el.set_value(current);
                }
            }
        });
    }
    let note_id = format!("{}-note", props.id);
    html! {
        <div class="cc-place">
            <label for={props.id.clone()} class="cc-label">{ "Pay for" }</label>
            <select ref={select_ref} id={props.id.clone()} class="cc-select" {onchange}
                aria-describedby={props.note.as_ref().map(|_| note_id.clone())}>
                <option value="" selected={current.is_empty()}>{ "National" }</option>
                { for props.index.states.iter().map(|s| html! {
                    <option key={s.code.clone()} value={s.code.clone()} selected={current == s.code}>
                        { &s.name }
                    </option>
                }) }
            </select>
            if let Some(note) = &props.note {
                <p id={note_id} class="cc-place-note">{ note.clone() }</p>
            }
        </div>
    }
}
