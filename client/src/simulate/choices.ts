import type * as vscode from 'vscode';

/** What the simulate pickers remember per workspace (workspaceState). */
export interface SimulationChoices {
  roleFile?: string;
  callerKind?: string;
  caller?: string;
  durationSeconds?: string;
  sessionName?: string;
  action?: string;
  resource?: string;
  context?: string;
}

const KEY = 'ramPolicy.simulate.choices';

export class ChoiceMemory {
  constructor(private readonly state: vscode.Memento) {}

  get(): SimulationChoices {
    const value = this.state.get<SimulationChoices>(KEY);
    return value && typeof value === 'object' ? value : {};
  }

  async remember(update: Partial<SimulationChoices>): Promise<void> {
    await this.state.update(KEY, { ...this.get(), ...update });
  }
}
