/** Text of the login page, in one place for a later translation. */
export const messages = {
  title: 'Вход',
  lead: 'Войдите, чтобы заказывать работы и следить за заявками и балансом нормо-часов.',
  email: 'Электронная почта',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Входим…',
  required: 'Введите электронную почту и пароль.',
  failed: 'Не удалось войти.',
  unreachable: 'Сервер не отвечает. Проверьте подключение и попробуйте ещё раз.',
  demo:
    'Для пробы: customer@example.com (представитель заказчика), specialist@example.com ' +
    '(специалист) или manager@example.com (менеджер), пароль demo — если сервер запущен ' +
    'с демонстрационными данными.',
};
