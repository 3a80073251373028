import { BoardInputChannel } from './board-input-channel.entity';
import { PeerInput } from './peer-input.entity';

export * from './board-input-channel.entity';
export * from './peer-input.entity';

/** Every entity of the peer input domain, for TypeOrmModule.forFeature. */
export const PEER_INPUT_ENTITIES = [PeerInput, BoardInputChannel];
