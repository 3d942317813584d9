/** One step of FwSteps / FwWizard (e.g. 填写申请人信息, 上传材料, 确认提交). */
export interface FwStep {
  id: string;
  title: string;
  description?: string;
}

export type FwStepState = 'done' | 'current' | 'upcoming';
