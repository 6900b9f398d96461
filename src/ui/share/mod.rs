//! "Gửi kết quả": the result as a link (shared or copied) and a QR code.

mod share_buttons;
mod share_options;
mod share_panel;
mod share_qr;

use share_buttons::share_buttons;
use share_options::share_options;
use share_qr::share_qr;

pub use share_panel::SharePanel;
