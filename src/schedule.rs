//! Yielding to the browser: wait for a new task, or until the next frame has been rendered.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A promise resolved (with `undefined`) by a `setTimeout` of `ms`; never, without a window.
pub(crate) fn timer(ms: u32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let ms = i32::try_from(ms).unwrap_or(i32::MAX);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

/// Waits for a new task (a `setTimeout` of 0), so the browser can render and handle input
/// between steps of long work (what gloo-timers' `TimeoutFuture::new(0)` did, on the promise
/// and timer code this module already has).
pub async fn next_task() {
    let _ = JsFuture::from(timer(0)).await;
}

/// Waits until the browser has rendered the next frame (a task posted from the next animation
/// frame), or 100 ms, whichever comes first (animation frames stop in a hidden tab). Work that
/// follows a render this way cannot delay the frame that shows it: a `setTimeout` of 0 posted
/// during the render often ran before that frame.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let window = w.clone();
            let post = Closure::once_into_js(move || {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            });
            let _ = w.request_animation_frame(post.unchecked_ref());
        }
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&frame, &timer(100)));
    let _ = JsFuture::from(first).await;
}
