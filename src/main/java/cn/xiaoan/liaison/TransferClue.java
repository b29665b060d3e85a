package cn.xiaoan.liaison;

import jakarta.validation.constraints.NotNull;

/** Moves (移送) a clue to another police station of its county. */
public record TransferClue(@NotNull Long stationId) {
}
