//! Yielding to the browser: wait for a new task, or until the next frame has been rendered;
//! and giving up on a future after a time.

use futures_util::future::{select, Either};
use gloo_timers::future::TimeoutFuture;
use std::future::Future;
use std::pin::pin;

/// Waits for a new task (a `setTimeout` of 0), so the browser can render and handle input
/// between steps of long work.
pub async fn next_task() {
    TimeoutFuture::new(0).await;
}

/// `future`'s output, or `None` if `ms` milliseconds pass first.
pub async fn within<T>(ms: u32, future: impl Future<Output = T>) -> Option<T> {
    match select(pin!(future), TimeoutFuture::new(ms)).await {
        Either::Left((output, _)) => Some(output),
        Either::Right(_) => None,
    }
}

/// Waits until the browser has rendered the next frame (a task posted from the next animation
/// frame), or 100 ms, whichever comes first (animation frames stop in a hidden tab). Work that
/// follows a render this way cannot delay the frame that shows it: a `setTimeout` of 0 posted
/// during the render often ran before that frame.
pub async fn after_paint() {
    let (rendering, frame) = futures_channel::oneshot::channel();
    // cancelled when dropped, if the 100 ms came first
    let _frame = gloo_render::request_animation_frame(move |_| {
        let _ = rendering.send(());
    });
    // the task is posted while the frame is being rendered, so it runs after that frame
    within(100, async {
        let _ = frame.await;
        next_task().await;
    })
    .await;
}
