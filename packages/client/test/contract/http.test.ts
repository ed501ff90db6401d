import { defineContract } from './define-contract.js';
import { createHttpTarget } from './http-target.js';

defineContract(createHttpTarget());
