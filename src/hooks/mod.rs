//! Custom hooks: loading the dataset files ([`use_dataset`], [`use_local_pay`]), keeping the
//! page URL in step with the selection ([`use_share_link`]) and telling the host what is on
//! screen ([`use_host_events`]).

mod use_dataset;
mod use_host_events;
mod use_local_pay;
mod use_share_link;

pub use use_dataset::{timeout_for, use_dataset};
pub use use_host_events::{use_host_events, HostEvents, Shown};
pub use use_local_pay::use_local_pay;
pub use use_share_link::use_share_link;
