import { defineContract } from './define-contract.js';
import { createInProcessTarget } from './in-process-target.js';

defineContract(createInProcessTarget());
