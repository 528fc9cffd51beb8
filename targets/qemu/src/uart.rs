//! UART0 of the mps2-an386 board: an Arm CMSDK APB UART, the console.
//!
//! ```text
//!   0x4000_4000 +0x00 DATA       byte in / byte out
//!               +0x04 STATE      bit 0 TX buffer full, bit 1 RX buffer full
//!               +0x08 CTRL       bit 0 TX enable, bit 1 RX enable
//!               +0x0c INTSTATUS  (write 1 to clear)
//!               +0x10 BAUDDIV    clock / baud; the model wants >= 16
//! ```
//!
//! QEMU's model drops bytes that arrive while the receiver is disabled, and
//! holds one byte at a time (it stops reading the host side while the
//! buffer is full), so polling loses nothing once the UART is enabled.

use core::ptr::{read_volatile, write_volatile};

const BASE: usize = 0x4000_4000;
const DATA: usize = BASE;
const STATE: usize = BASE + 0x04;
const CTRL: usize = BASE + 0x08;
const BAUDDIV: usize = BASE + 0x10;

const STATE_TX_FULL: u32 = 1 << 0;
const STATE_RX_FULL: u32 = 1 << 1;
const CTRL_TX_EN: u32 = 1 << 0;
const CTRL_RX_EN: u32 = 1 << 1;

/// 25 MHz system clock / 115200 baud; QEMU ignores the rate but refuses
/// a divider below 16.
const DIVIDER: u32 = 217;

/// The console UART. A zero-sized handle: the registers are the state.
#[derive(Copy, Clone)]
pub struct Uart;

impl Uart {
    /// Enables transmitter and receiver; call once at boot.
    pub fn init() -> Uart {
        // SAFETY: BAUDDIV and CTRL are registers of UART0 on this board,
        // aligned, and nothing else drives the UART.
        unsafe {
            write_volatile(BAUDDIV as *mut u32, DIVIDER);
            write_volatile(CTRL as *mut u32, CTRL_TX_EN | CTRL_RX_EN);
        }
        Uart
    }

    fn state(self) -> u32 {
        // SAFETY: STATE is a read-only register of UART0, reads have no effect.
        unsafe { read_volatile(STATE as *const u32) }
    }

    pub fn write_byte(self, b: u8) {
        while self.state() & STATE_TX_FULL != 0 {}
        // SAFETY: DATA of UART0; the transmit buffer has room.
        unsafe { write_volatile(DATA as *mut u32, u32::from(b)) }
    }

    pub fn write(self, bytes: &[u8]) {
        bytes.iter().for_each(|&b| self.write_byte(b));
    }

    /// A received byte, if one is waiting.
    pub fn try_read(self) -> Option<u8> {
        if self.state() & STATE_RX_FULL == 0 {
            return None;
        }
        // SAFETY: DATA of UART0; reading it takes the waiting byte.
        Some(unsafe { read_volatile(DATA as *const u32) } as u8)
    }
}

impl core::fmt::Write for Uart {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.write(s.as_bytes());
        Ok(())
    }
}
