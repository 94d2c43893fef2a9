package org.accord.ui.notification;

import com.vaadin.flow.component.Component;
import org.accord.ui.HeaderWidget;
import org.springframework.stereotype.Service;

/** Contributes the notification bell to the header of every signed-in screen. */
@Service
class NotificationBellWidget implements HeaderWidget {

    private final NotificationClient client;

    NotificationBellWidget(NotificationClient client) {
        this.client = client;
    }

    @Override
    public Component create() {
        return new NotificationBell(client);
    }
}
