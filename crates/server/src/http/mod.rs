//! HTTP plumbing shared by every route: request parsing with problem+json rejections, the
//! caller's request context, and the middleware stack.

pub mod connections;
pub mod context;
pub mod cookies;
pub mod extract;
pub mod middleware;
pub mod origin;
pub mod uploads;
pub mod versioning;
