"""A table too long to recall in one go asked row by row, as Anki shows the cards."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Networking

## Transport protocols

| Protocol | Connection | Delivery | Typical use |
| --- | --- | --- | --- |
| TCP | set up with a handshake | in order, retransmitted | web pages, file transfer |
| UDP | none | best effort, may reorder | voice calls, games |
| QUIC | set up with one round trip | in order per stream | HTTP/3 |
| SCTP | set up with a four-way handshake | in order per stream | telephony signalling |
| DCCP | set up with a handshake | unreliable, congestion controlled | streaming media |
| RUDP | set up with a handshake | reliable over UDP | game state sync |
| MPTCP | one per path | in order across paths | phones on Wi-Fi and mobile data |
| RTP | none (runs over UDP) | timestamped, may drop | audio and video |

## Ports

| Port | Service |
| --- | --- |
| 22 | SSH |
| 53 | DNS |
| 80 | HTTP |
| 443 | HTTPS |
| 3306 | MySQL |
| 5432 | PostgreSQL |
| 6379 | Redis |
| 8080 | HTTP (alternate) |
"""


def test_each_row_of_a_long_table_is_a_card_with_its_cells_under_their_headers(
    tmp_path, collection
):
    cards = dict(cards_in_anki(tmp_path, collection, "net.md", NOTE))
    udp = cards["Networking Transport protocols › UDP"]
    assert (
        udp
        == "Connection : none Delivery : best effort, may reorder Typical use : voice calls, games"
    )
    overview = cards["Networking Transport protocols"]
    assert overview == "TCP UDP QUIC SCTP DCCP RUDP MPTCP RTP"  # the names, not the cells
    assert len([front for front in cards if "Transport protocols ›" in front]) == 8


def test_a_long_table_whose_rows_are_numbers_stays_whole(tmp_path, collection):
    cards = dict(cards_in_anki(tmp_path, collection, "net.md", NOTE))
    assert "443 HTTPS" in cards["Networking Ports"]
    assert not [front for front in cards if "Ports ›" in front]
