//! Raw terminal mode for the raw REPL: bytes arrive unbuffered and unechoed,
//! and output is not translated, as on a serial line to a board.

/// Puts stdin's terminal in raw mode until dropped.
pub struct RawTerminal {
    saved: Option<libc::termios>,
}

impl RawTerminal {
    pub fn enter() -> Self {
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr writes a termios into `t` on success (checked).
        let saved = unsafe {
            if libc::tcgetattr(0, t.as_mut_ptr()) != 0 {
                return RawTerminal { saved: None };
            }
            t.assume_init()
        };
        let mut raw = saved;
        // SAFETY: `raw` is a valid termios; fd 0 is our terminal.
        unsafe {
            libc::cfmakeraw(&mut raw);
            libc::tcsetattr(0, libc::TCSANOW, &raw);
        }
        RawTerminal { saved: Some(saved) }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            // SAFETY: restores the attributes read in `enter`.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, saved);
            }
        }
    }
}
